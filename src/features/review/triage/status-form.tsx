import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import { WarningText } from '../../../components/feedback/warning-text'
import { CharacterCount, TextInput } from '../../../components/form'
import {
  changeTextProblem,
  CONCERN_LIMITS,
  type Concern,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { STATUS_LABELS } from '../labels'
import { actionsFor, STATUS_ACTIONS, type StatusAction, type TargetStatus } from './status-actions'
import { firstOf, type ActionErrors } from './action-errors'

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

/** What referring or closing asks for before the chair confirms it. */
const DETAILS = {
  referred: {
    field: 'referredTo',
    heading: 'Refer the concern',
    label: 'Who are you referring it to?',
    hint: 'An agency or team, for example the Multi-Agency Safeguarding Hub. Never the name of a child or family.',
  },
  closed: {
    field: 'closeReason',
    heading: 'Close the concern',
    label: 'Why are you closing it?',
    hint: 'The councillor sees this reason.',
  },
} as const satisfies Partial<Record<TargetStatus, object>>

type DetailField = (typeof DETAILS)[keyof typeof DETAILS]['field']

/**
 * The status moves the rules allow from here, one button each. Referring and closing end the
 * concern's journey, so they ask who it went to or why, then for confirmation.
 */
export function StatusForm({ concern, busy, errors, onAct }: StatusFormProps) {
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const [typed, setTyped] = useState<Record<DetailField, string>>({
    referredTo: '',
    closeReason: '',
  })
  const referredTo = typed.referredTo.trim()
  const closeReason = typed.closeReason.trim()
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
    if (action.to === 'referred') change.referredTo = referredTo
    if (action.to === 'closed') change.closeReason = closeReason
    const done =
      action.to === 'referred'
        ? `The concern was referred to ${referredTo}.`
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
    if (action.to !== 'referred' && action.to !== 'closed') return
    const { field } = DETAILS[action.to]
    const problem = changeTextProblem(field, typed[field])
    setLocalError(problem ?? null)
    if (!problem) setStep({ name: 'confirm', action })
  }

  if (actions.length === 0) {
    return (
      <div className="app-review-action__body">
        <p className="govuk-body">
          This concern is {STATUS_LABELS[concern.status].toLowerCase()}. Its status cannot change
          any more; you can still reply to the councillor or add a note.
        </p>
      </div>
    )
  }

  return (
    <div className="app-review-action__body">
      <p className="govuk-hint">The councillor sees every change of status.</p>
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

      {step.name === 'details' &&
        (step.action.to === 'referred' || step.action.to === 'closed') && (
          <DetailsStep
            step={DETAILS[step.action.to]}
            value={typed[DETAILS[step.action.to].field]}
            headingRef={stepHeading}
            error={localError ?? serverDetail}
            general={errors.general}
            onChange={(field, value) => setTyped((current) => ({ ...current, [field]: value }))}
            onSubmit={(event) => continueToConfirm(event, step.action)}
            onCancel={() => {
              setLocalError(null)
              setStep({ name: 'choose' })
            }}
          />
        )}

      {step.name === 'confirm' && (
        <div className="app-review-confirm">
          <h3 className="govuk-heading-s" ref={stepHeading} tabIndex={-1}>
            {step.action.to === 'referred'
              ? `Are you sure you want to refer ${concern.reference} to ${referredTo}?`
              : `Are you sure you want to close ${concern.reference}?`}
          </h3>
          {(errors.general.length > 0 || serverDetail) && (
            <GeneralErrors
              messages={[...errors.general, ...(serverDetail ? [serverDetail] : [])]}
            />
          )}
          <WarningText>
            {step.action.to === 'referred'
              ? ' Its status cannot be changed again afterwards. The councillor will see who it was referred to.'
              : ' Its status cannot be changed again afterwards. The councillor will see that it was closed, and why.'}
          </WarningText>
          {step.action.to === 'closed' && (
            <p className="govuk-body">
              Reason: <span className="app-review-text">{closeReason}</span>
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
    </div>
  )
}

/** Who it is referred to, or why it is closed: the one question before the confirmation. */
function DetailsStep({
  step,
  value,
  headingRef,
  error,
  general,
  onChange,
  onSubmit,
  onCancel,
}: {
  step: (typeof DETAILS)[keyof typeof DETAILS]
  value: string
  headingRef: RefObject<HTMLHeadingElement | null>
  error: string | null | undefined
  general: readonly string[]
  onChange: (field: DetailField, value: string) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  onCancel: () => void
}) {
  const field = {
    id: step.field,
    label: step.label,
    labelSize: 's',
    hint: step.hint,
    value,
    onChange: (text: string) => onChange(step.field, text),
    error,
  } as const
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className="govuk-heading-s" ref={headingRef} tabIndex={-1}>
        {step.heading}
      </h3>
      {general.length > 0 && <GeneralErrors messages={general} />}
      {step.field === 'closeReason' ? (
        <CharacterCount {...field} rows={3} maxLength={CONCERN_LIMITS.closeReasonMax} />
      ) : (
        <TextInput {...field} />
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Continue
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
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
