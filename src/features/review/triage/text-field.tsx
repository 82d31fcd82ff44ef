import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { characterCount } from '../../../lib/api'

interface TextFieldProps {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** A textarea with a live character count (GOV.UK character count) when given. */
  maxLength?: number
  rows?: number
  multiline?: boolean
  labelClassName?: string
}

const COUNT_ANNOUNCE_DELAY_MS = 1000

const remainingText = (remaining: number) =>
  remaining >= 0
    ? `You have ${remaining.toLocaleString('en-GB')} character${remaining === 1 ? '' : 's'} remaining`
    : `You have ${(-remaining).toLocaleString('en-GB')} character${remaining === -1 ? '' : 's'} too many`

/**
 * A GOV.UK text input or textarea with its label, hint and error message. With maxLength, the
 * count is shown as the user types and read out politely once they pause.
 */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  maxLength,
  rows = 5,
  multiline = false,
  labelClassName = 'govuk-label--s',
}: TextFieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const countId = `${id}-info`
  const remaining = maxLength === undefined ? 0 : maxLength - characterCount(value)
  const [announced, setAnnounced] = useState('')
  const typed = useRef(false)

  useEffect(() => {
    if (maxLength === undefined || !typed.current) return
    const timer = window.setTimeout(
      () => setAnnounced(remainingText(remaining)),
      COUNT_ANNOUNCE_DELAY_MS,
    )
    return () => window.clearTimeout(timer)
  }, [remaining, maxLength])

  const describedBy =
    [hint ? hintId : null, maxLength !== undefined ? countId : null, error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    typed.current = true
    onChange(event.target.value)
  }
  const invalid = Boolean(error) || remaining < 0

  return (
    <div
      className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}${maxLength !== undefined ? ' govuk-character-count' : ''}`}
    >
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          name={id}
          className={`govuk-textarea${invalid ? ' govuk-textarea--error' : ''}`}
          rows={rows}
          value={value}
          onChange={change}
          aria-describedby={describedBy}
          spellCheck
        />
      ) : (
        <input
          id={id}
          name={id}
          type="text"
          className={`govuk-input${invalid ? ' govuk-input--error' : ''}`}
          value={value}
          onChange={change}
          aria-describedby={describedBy}
        />
      )}
      {maxLength !== undefined && (
        <>
          <div id={countId} className="govuk-visually-hidden">
            You can enter up to {maxLength.toLocaleString('en-GB')} characters
          </div>
          <div
            className={`govuk-character-count__message ${remaining < 0 ? 'govuk-error-message' : 'govuk-hint'}`}
            aria-hidden="true"
          >
            {remainingText(remaining)}
          </div>
          <div className="govuk-visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      )}
    </div>
  )
}
