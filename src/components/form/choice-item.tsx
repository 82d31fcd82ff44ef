import type { ReactNode } from 'react'
import { isGiven } from './described-by'
import { Hint } from './hint'

/**
 * One radio or checkbox with its label and hint: GOV.UK builds both alike, differing only in the
 * block name. A hint describes its own item, not the whole question.
 */
export function ChoiceItem({
  kind,
  id,
  name,
  value,
  checked,
  onChange,
  label,
  hint,
  describedBy,
  controls,
}: {
  kind: 'radios' | 'checkboxes'
  id: string
  name: string
  value?: string
  checked: boolean
  onChange: (checked: boolean) => void
  label: ReactNode
  hint?: ReactNode
  /** Ids that describe the item as well as its hint, e.g. a lone checkbox's error. */
  describedBy?: string | undefined
  /** The id of what the item reveals while chosen. */
  controls?: string | undefined
}) {
  const hintId = isGiven(hint) ? `${id}-item-hint` : undefined
  const description = [describedBy, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={description}
        aria-controls={controls}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {label}
      </label>
      {hintId && (
        <Hint id={hintId} className={`govuk-${kind}__hint`}>
          {hint}
        </Hint>
      )}
    </div>
  )
}
