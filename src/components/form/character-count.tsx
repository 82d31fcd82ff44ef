import { useEffect, useState, type ReactNode } from 'react'
import { characterCount } from '../../lib/api/schemas/text-hygiene'
import { fieldDescribedBy } from './described-by'
import { LabelledField, type FieldProps } from './labelled-field'
import { formatCount } from '../../lib/format/count'

/** How long typing must pause before the screen-reader count is updated (as GOV.UK's). */
const SPOKEN_COUNT_DELAY_MS = 1000

const countMessage = (remaining: number) => {
  const count = Math.abs(remaining)
  const characters = `${formatCount(count)} ${count === 1 ? 'character' : 'characters'}`
  return remaining >= 0 ? `You have ${characters} remaining` : `You have ${characters} too many`
}

/**
 * A textarea with the GOV.UK character count. The visible count changes as they type; screen
 * readers hear it (politely) once typing pauses. Nothing stops them typing past the limit: the
 * count turns into an error instead, so pasted text is never cut off. Characters are counted as
 * the contract counts them (code points), so the form never refuses what the server accepts.
 */
export function CharacterCount({
  value,
  onChange,
  maxLength,
  rows = 5,
  after,
  afterId,
  ...field
}: FieldProps & {
  value: string
  onChange: (value: string) => void
  maxLength: number
  rows?: number
  after?: ReactNode
  afterId?: string | undefined
}) {
  const { id, hint, error } = field
  const remaining = maxLength - characterCount(value)
  const [spoken, setSpoken] = useState(() => countMessage(remaining))
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(countMessage(remaining)), SPOKEN_COUNT_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [remaining])
  const over = remaining < 0
  return (
    <LabelledField {...field} className="govuk-character-count" after={after}>
      <textarea
        className={`govuk-textarea govuk-js-character-count${error || over ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={fieldDescribedBy(id, { hint, error }, `${id}-info`, afterId)}
        spellCheck
      />
      <div
        id={`${id}-info`}
        className="govuk-hint govuk-character-count__message govuk-visually-hidden"
      >
        You can enter up to {formatCount(maxLength)} characters
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${
          over ? 'govuk-error-message' : 'govuk-hint'
        }`}
        aria-hidden="true"
      >
        {countMessage(remaining)}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {spoken}
      </div>
    </LabelledField>
  )
}
