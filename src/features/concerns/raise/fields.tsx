import { useEffect, useState, type ReactNode } from 'react'
import { characterCount } from './validation'

/** GOV.UK error message: "Error:" is read out, the message is shown. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  )
}

const describedBy = (...ids: Array<string | false | undefined>) =>
  ids.filter(Boolean).join(' ') || undefined

interface TextFieldProps {
  id: string
  label: string
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** Shown below the field, e.g. a personal-data warning; its id joins aria-describedby. */
  after?: ReactNode
  afterId?: string | undefined
  className?: string
}

export function TextInput({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  after,
  afterId,
  className = '',
}: TextFieldProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--m" htmlFor={id}>
          {label}
        </label>
      </h2>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={`govuk-input ${className}${error ? ' govuk-input--error' : ''}`.trim()}
        id={id}
        name={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(
          hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
          afterId,
        )}
        spellCheck
        autoComplete="off"
      />
      {after}
    </div>
  )
}

/** How long typing must pause before the screen-reader count is updated (as GOV.UK's). */
const SR_COUNT_DELAY_MS = 1000

const countMessage = (remaining: number) =>
  remaining >= 0
    ? `You have ${remaining.toLocaleString('en-GB')} ${remaining === 1 ? 'character' : 'characters'} remaining`
    : `You have ${(-remaining).toLocaleString('en-GB')} ${remaining === -1 ? 'character' : 'characters'} too many`

/**
 * The GOV.UK character count: the visible count changes as they type; screen readers hear it
 * (politely) once typing pauses. Nothing stops them typing past the limit: the count turns into an
 * error instead, so pasted text is never cut off. Characters are counted as the server counts them
 * (code points), which is what the limit means.
 */
export function CharacterCount({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  maxLength,
  after,
  afterId,
}: TextFieldProps & { maxLength: number }) {
  const remaining = maxLength - characterCount(value)
  const [spoken, setSpoken] = useState(() => countMessage(remaining))
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(countMessage(remaining)), SR_COUNT_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [remaining])
  const over = remaining < 0
  return (
    <div
      className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}
    >
      <h2 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--m" htmlFor={id}>
          {label}
        </label>
      </h2>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <textarea
        className={`govuk-textarea govuk-js-character-count${error || over ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={8}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(
          `${id}-info`,
          hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
          afterId,
        )}
        spellCheck
      />
      <div
        id={`${id}-info`}
        className="govuk-hint govuk-character-count__message govuk-visually-hidden"
      >
        You can enter up to {maxLength.toLocaleString('en-GB')} characters
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
      {after}
    </div>
  )
}

export interface RadioOption {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** Shown under the option while it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode
}

/** GOV.UK radios in a fieldset. The first radio has the field's id, for the error summary. */
export function Radios({
  id,
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  small = false,
  legendAsHeading = true,
}: {
  id: string
  name: string
  legend: ReactNode
  hint?: ReactNode
  options: readonly RadioOption[]
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  small?: boolean
  legendAsHeading?: boolean
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <legend
          className={`govuk-fieldset__legend ${legendAsHeading ? 'govuk-fieldset__legend--m' : 'govuk-fieldset__legend--s'}`}
        >
          {legendAsHeading ? <h2 className="govuk-fieldset__heading">{legend}</h2> : legend}
        </legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`
            const checked = value === option.value
            return (
              <RadioItem
                key={option.value}
                id={optionId}
                name={name}
                option={option}
                checked={checked}
                onChange={onChange}
              />
            )
          })}
        </div>
      </fieldset>
    </div>
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
  const hintId = option.hint ? `${id}-item-hint` : undefined
  const conditionalId = option.conditional ? `${id}-conditional` : undefined
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={option.value}
          checked={checked}
          onChange={() => onChange(option.value)}
          aria-describedby={hintId}
          aria-controls={conditionalId}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {option.label}
        </label>
        {option.hint && (
          <div id={hintId} className="govuk-hint govuk-radios__hint">
            {option.hint}
          </div>
        )}
      </div>
      {option.conditional && (
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

export function Select({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  children: ReactNode
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--m" htmlFor={id}>
          {label}
        </label>
      </h2>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <select
        className={`govuk-select app-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        {children}
      </select>
    </div>
  )
}

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
  error?: string | undefined
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <ErrorMessage id={`${id}-error`} message={error} />
      <div className="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={describedBy(
              hint !== undefined && `${id}-hint`,
              error && `${id}-error`,
            )}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
