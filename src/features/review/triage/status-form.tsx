import { useEffect, useRef, useState, type FormEvent } from 'react'
import {
  characterCount,
  CONCERN_LIMITS,
  firstTextProblem,
  type Concern,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { STATUS_LABELS } from '../labels'
import { actionsFor, STATUS_ACTIONS, type StatusAction, type TargetStatus } from './status-actions'
import { firstOf, type ActionErrors } from './action-errors'
import { TextField } from './text-field'

interface StatusFormProps {
  concern: Concern
  busy: boolean
  errors: ActionErrors
  onAct: (change: UpdateConcernRequest, done: string) => void
}

type Step =
  | { name: 'choose' }
  | { name: 'details'; action: StatusAction }
  | { name: 'confirm'; action: StatusAction }

const DETAIL_FIELD: Partial<Record<TargetStatus, 'referredTo' | 'closeReason'>> = {
  referred: 'referredTo',
  closed: 'closeReason',
}

/**
 * The status moves the rules allow from here, one button each. Referring and closing end the
 * concern's journey, so they ask who it went to or why, then for confirmation.
 */
export function StatusForm({ concern, busy, errors, onAct }: StatusFormProps) {
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const [referredTo, setReferredTo] = useState('')
  const [closeReason, setCloseReason] = useState('')
  const [localError, setLocalError] = useState<string | null>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const actions = actionsFor(concern.status)

  useEffect(() => {
    if (step.name !== 'choose') stepHeading.current?.focus()
  }, [step])

  // The server checks what the form checked; should it still refuse, its words are shown.
  const serverDetail = firstOf(errors, 'referredTo') ?? firstOf(errors, 'closeReason') ?? undefined

  const act = (action: StatusAction) => {
    const change: UpdateConcernRequest = { status: action.to }
    if (action.to === 'referred') change.referredTo = referredTo.trim()
    if (action.to === 'closed') change.closeReason = closeReason.trim()
    const done =
      action.to === 'referred'
        ? `The concern was referred to ${referredTo.trim()}.`
        : `The concern is now ${STATUS_LABELS[action.to].toLowerCase()}.`
    onAct(change, done)
  }

  const choose = (action: StatusAction) => {
    setLocalError(null)
    if (action.serious) setStep({ name: 'details', action })
    else act(action)
  }

  const continueToConfirm = (event: FormEvent<HTMLFormElement>, action: StatusAction) => {
    event.preventDefault()
    const field = DETAIL_FIELD[action.to]
    const typed = field === 'referredTo' ? referredTo : closeReason
    const value = typed.trim()
    const [min, max, what] =
      field === 'referredTo'
        ? [2, CONCERN_LIMITS.referredToMax, 'who the concern is referred to']
        : [2, CONCERN_LIMITS.closeReasonMax, 'why the concern is being closed']
    if (characterCount(value) < min) return setLocalError(`Enter ${what}`)
    if (characterCount(value) > max) return setLocalError(`Enter ${max} characters or fewer`)
    const hidden =
      field === 'referredTo'
        ? firstTextProblem(typed, 'Referred to', 'single-line')
        : firstTextProblem(typed, 'Reason for closing', 'multi-line')
    if (hidden) return setLocalError(hidden)
    setLocalError(null)
    setStep({ name: 'confirm', action })
  }

  if (actions.length === 0) {
    return (
      <section className="app-review-section" aria-labelledby="status-heading">
        <h2 className="govuk-heading-m" id="status-heading">
          Status
        </h2>
        <p className="govuk-body">
          This concern is {STATUS_LABELS[concern.status].toLowerCase()}. Its status cannot change
          any more; you can still reply to the councillor or add a note.
        </p>
      </section>
    )
  }

  return (
    <section className="app-review-section" aria-labelledby="status-heading">
      <h2 className="govuk-heading-m" id="status-heading">
        Change the status
      </h2>
      <p className="govuk-body">
        It is {STATUS_LABELS[concern.status].toLowerCase()} now. The councillor sees every change of
        status.
      </p>
      {errors.general.length > 0 && step.name === 'choose' && (
        <GeneralErrors messages={errors.general} />
      )}

      {step.name === 'choose' && (
        <ul className="app-review-actions">
          {actions.map((action) => (
            <li key={action.to} className="app-review-actions__item">
              <button
                type="button"
                className={`govuk-button app-review-actions__button${action.serious ? ' govuk-button--secondary' : ''}`}
                onClick={busy ? undefined : () => choose(action)}
                aria-disabled={busy || undefined}
                aria-describedby={`action-hint-${action.to}`}
              >
                {action.label}
              </button>
              <p className="govuk-hint app-review-actions__hint" id={`action-hint-${action.to}`}>
                {action.hint}
              </p>
            </li>
          ))}
        </ul>
      )}

      {step.name === 'details' && (
        <form onSubmit={(event) => continueToConfirm(event, step.action)} noValidate>
          <h3 className="govuk-heading-s" ref={stepHeading} tabIndex={-1}>
            {step.action.to === 'referred' ? 'Refer the concern' : 'Close the concern'}
          </h3>
          {errors.general.length > 0 && <GeneralErrors messages={errors.general} />}
          {step.action.to === 'referred' ? (
            <TextField
              id="referredTo"
              label="Who are you referring it to?"
              hint="An agency or team, for example the Multi-Agency Safeguarding Hub. Never the name of a child or family."
              value={referredTo}
              onChange={setReferredTo}
              error={localError ?? serverDetail}
            />
          ) : (
            <TextField
              id="closeReason"
              label="Why are you closing it?"
              hint="The councillor sees this reason."
              value={closeReason}
              onChange={setCloseReason}
              error={localError ?? serverDetail}
              multiline
              rows={3}
              maxLength={CONCERN_LIMITS.closeReasonMax}
            />
          )}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Continue
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setLocalError(null)
                setStep({ name: 'choose' })
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}

      {step.name === 'confirm' && (
        <div className="app-review-confirm">
          <h3 className="govuk-heading-s" ref={stepHeading} tabIndex={-1}>
            {step.action.to === 'referred'
              ? `Are you sure you want to refer ${concern.reference} to ${referredTo.trim()}?`
              : `Are you sure you want to close ${concern.reference}?`}
          </h3>
          {(errors.general.length > 0 || serverDetail) && (
            <GeneralErrors
              messages={[...errors.general, ...(serverDetail ? [serverDetail] : [])]}
            />
          )}
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {step.action.to === 'referred'
                ? ' Its status cannot be changed again afterwards. The councillor will see who it was referred to.'
                : ' Its status cannot be changed again afterwards. The councillor will see that it was closed, and why.'}
            </strong>
          </div>
          {step.action.to === 'closed' && (
            <p className="govuk-body">
              Reason: <span className="app-review-text">{closeReason.trim()}</span>
            </p>
          )}
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={busy ? undefined : () => act(step.action)}
              aria-disabled={busy || undefined}
            >
              {step.action.to === 'referred' ? 'Yes, refer it' : 'Yes, close it'}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setStep({ name: 'details', action: STATUS_ACTIONS[step.action.to] })}
            >
              No, go back
            </button>
          </div>
        </div>
      )}
    </section>
  )
}

export function GeneralErrors({ messages }: { messages: readonly string[] }) {
  return (
    <div className="govuk-error-summary app-review-errors" role="alert">
      <h3 className="govuk-error-summary__title">There is a problem</h3>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  )
}
