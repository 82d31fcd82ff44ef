import type { ReactNode } from 'react'
import { errorId, fieldDescribedBy, hintId, isGiven } from './described-by'
import { ChoiceItem } from './choice-item'
import { ErrorMessage } from './error-message'
import { FieldsetLegend, type LabelStyle } from './field-label'
import { FormGroup } from './form-group'
import { Hint } from './hint'

export interface RadioOption {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** Shown under the option while it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode
}

/**
 * GOV.UK radios in a fieldset. The first radio takes the field's id, so the error summary's link
 * lands on the group; the others are `${id}-2`, `${id}-3`…
 */
export function Radios({
  id,
  name,
  legend,
  labelSize = 'm',
  labelIsHeading,
  hint,
  options,
  value,
  onChange,
  error,
  small = false,
}: LabelStyle & {
  id: string
  name: string
  legend: ReactNode
  hint?: ReactNode
  options: readonly RadioOption[]
  value: string | null
  onChange: (value: string) => void
  error?: string | null | undefined
  small?: boolean
}) {
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={fieldDescribedBy(id, { hint, error })}>
        <FieldsetLegend labelSize={labelSize} labelIsHeading={labelIsHeading}>
          {legend}
        </FieldsetLegend>
        <Hint id={hintId(id)}>{hint}</Hint>
        <ErrorMessage id={errorId(id)} message={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`}>
          {options.map((option, index) => (
            <RadioItem
              key={option.value}
              id={index === 0 ? id : `${id}-${index + 1}`}
              name={name}
              option={option}
              checked={value === option.value}
              onChange={onChange}
            />
          ))}
        </div>
      </fieldset>
    </FormGroup>
  )
}

function RadioItem({
  id,
  name,
  option,
  checked,
  onChange,
}: {
  id: string
  name: string
  option: RadioOption
  checked: boolean
  onChange: (value: string) => void
}) {
  const conditionalId = isGiven(option.conditional) ? `${id}-conditional` : undefined
  return (
    <>
      <ChoiceItem
        kind="radios"
        id={id}
        name={name}
        value={option.value}
        checked={checked}
        onChange={() => onChange(option.value)}
        label={option.label}
        hint={option.hint}
        controls={conditionalId}
      />
      {conditionalId && (
        <div
          className={`govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}`}
          id={conditionalId}
        >
          {checked && option.conditional}
        </div>
      )}
    </>
  )
}
