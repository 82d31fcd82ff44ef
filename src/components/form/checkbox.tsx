import type { ReactNode } from 'react'
import { errorId, fieldDescribedBy, hintId } from './described-by'
import { ErrorMessage } from './error-message'
import { FormGroup } from './form-group'
import { Hint } from './hint'

/** One GOV.UK checkbox that is a question of its own, such as a confirmation before sending. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
  error,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string | null | undefined
}) {
  return (
    <FormGroup error={error}>
      <ErrorMessage id={errorId(id)} message={error} />
      <div className="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={fieldDescribedBy(id, { hint, error })}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          <Hint id={hintId(id)} className="govuk-checkboxes__hint">
            {hint}
          </Hint>
        </div>
      </div>
    </FormGroup>
  )
}
