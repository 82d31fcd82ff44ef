import type { ReactNode } from 'react'
import { errorId, hintId } from './described-by'
import { ErrorMessage } from './error-message'
import { FieldLabel, type LabelStyle } from './field-label'
import { FormGroup } from './form-group'
import { Hint } from './hint'

/** What every single-control field is given, whatever its control. */
export interface FieldProps extends LabelStyle {
  /** The control's id: the error summary's link and the label point at it. */
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null | undefined
  /** Classes for the form group, e.g. a layout's own column. */
  formGroupClassName?: string | undefined
}

/**
 * Label, hint and error message above a control, in GOV.UK's order. `after` goes below the
 * control, e.g. a warning about what was typed; its id belongs in the control's aria-describedby.
 */
export function LabelledField({
  id,
  label,
  labelSize,
  labelIsHeading,
  hint,
  error,
  formGroupClassName,
  className = '',
  after,
  children,
}: FieldProps & { className?: string; after?: ReactNode; children: ReactNode }) {
  return (
    <FormGroup error={error} className={`${className} ${formGroupClassName ?? ''}`.trim()}>
      <FieldLabel htmlFor={id} labelSize={labelSize} labelIsHeading={labelIsHeading}>
        {label}
      </FieldLabel>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorMessage id={errorId(id)} message={error} />
      {children}
      {after}
    </FormGroup>
  )
}
