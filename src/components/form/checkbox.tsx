import type { ReactNode } from 'react'
import { ChoiceItem } from './choice-item'
import { errorId } from './described-by'
import { ErrorMessage } from './error-message'
import { FormGroup } from './form-group'

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
        <ChoiceItem
          kind="checkboxes"
          id={id}
          name={id}
          checked={checked}
          onChange={onChange}
          label={label}
          hint={hint}
          describedBy={error ? errorId(id) : undefined}
        />
      </div>
    </FormGroup>
  )
}
