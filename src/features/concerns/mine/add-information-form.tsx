import { useState, type FormEvent } from 'react'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { describeError } from '../../../components/feedback/load-error'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { CharacterCount, SubmitButton } from '../../../components/form'
import './conversation.scss'
import {
  CONCERN_LIMITS,
  concernMessageRequestSchema,
  firstProblem,
  isApiError,
  type Concern,
} from '../../../lib/api'
import {
  keyForSending,
  readMessageDraft,
  removeMessageDraft,
  writeMessageDraft,
} from '../api/message-drafts'
import { useSendMessage } from '../api/send-message'

const FIELD_ID = 'message'

/** Why a message was not sent, in words; the text always stays in the form. */
export function sendFailure(error: unknown): { field?: string; general?: string } {
  if (isApiError(error)) {
    const field = error.fieldErrors.text?.[0]
    if (error.status === 422 && field) return { field }
    if (error.kind === 'network') {
      return {
        general:
          'Your information could not be sent: the app could not reach the server. You may be offline. It is still here: send it again when you have signal.',
      }
    }
    if (error.isTransient) {
      return {
        general: `${describeError(error)} Your information may or may not have reached the chair: send it again as it is, and it will not be added twice.`,
      }
    }
    if (error.status === 409) {
      return {
        general:
          'The chair has closed this concern, so information can no longer be added to it. Your text is still here if you want to copy it.',
      }
    }
  }
  return { general: `Your information was not sent. ${describeError(error)}` }
}

interface AddInformationFormProps {
  concern: Concern
  userId: string
  /** The chair's latest reply asks a question the councillor has not answered yet. */
  asked: boolean
}

/**
 * The councillor adds information to their concern, to answer the chair or because they have
 * learned more. What they type is kept for this tab (a reload or a failed send loses nothing) and
 * goes under one Idempotency-Key per text, so sending again after a lost answer never adds it twice.
 */
export function AddInformationForm({ concern, userId, asked }: AddInformationFormProps) {
  const [text, setText] = useState(() => readMessageDraft(userId, concern.id).text)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [general, setGeneral] = useState<string | null>(null)
  /** Failed attempts: each moves focus to the error summary again. */
  const [attempts, setAttempts] = useState(0)
  const [sent, setSent] = useState(0)
  const send = useSendMessage()

  const change = (value: string) => {
    setText(value)
    setFieldError(null)
    writeMessageDraft(userId, concern.id, { ...readMessageDraft(userId, concern.id), text: value })
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (send.isPending) return
    setGeneral(null)
    const problem = firstProblem(concernMessageRequestSchema.shape.text, text)
    setFieldError(problem ?? null)
    if (problem) {
      setAttempts((n) => n + 1)
      return
    }
    const trimmed = text.trim()
    const draft = readMessageDraft(userId, concern.id)
    const idempotencyKey = keyForSending(draft, trimmed)
    writeMessageDraft(userId, concern.id, { text, attempt: { key: idempotencyKey, text: trimmed } })
    send.mutate(
      { concernId: concern.id, text: trimmed, idempotencyKey },
      {
        onSuccess: () => {
          removeMessageDraft(userId, concern.id)
          setText('')
          setSent((n) => n + 1)
        },
        onError: (error) => {
          const failure = sendFailure(error)
          setFieldError(failure.field ?? null)
          setGeneral(failure.general ?? null)
          setAttempts((n) => n + 1)
        },
      },
    )
  }

  const errors = [
    ...(fieldError ? [{ fieldId: FIELD_ID, message: fieldError }] : []),
    ...(general ? [{ message: general }] : []),
  ]

  return (
    <section
      className={`app-conversation${asked ? ' app-conversation--asked' : ''}`}
      aria-labelledby="add-information-heading"
    >
      <h2 className="govuk-heading-m" id="add-information-heading">
        Add information
      </h2>
      {asked ? (
        <p className="govuk-body">
          <strong>The chair has asked you for more information.</strong> Answer here; the chair sees
          it with your concern.
        </p>
      ) : (
        <p className="govuk-body">
          If you learn more, or want to answer the chair, add it here. The chair sees it with your
          concern.
        </p>
      )}
      <div role="status">
        {sent > 0 && (
          <NotificationBanner key={sent} type="success" role="region">
            <p className="govuk-notification-banner__heading">
              Your information was sent to the chair.
            </p>
            <p className="govuk-body">It is in the timeline below as “You added information”.</p>
          </NotificationBanner>
        )}
      </div>
      <ErrorSummary errors={errors} focusKey={attempts} />
      <form onSubmit={submit} noValidate>
        <CharacterCount
          id={FIELD_ID}
          label="The information you want to add"
          labelSize="s"
          hint="Do not include names or other details that could identify a child or family."
          value={text}
          onChange={change}
          error={fieldError ?? undefined}
          maxLength={CONCERN_LIMITS.messageMax}
          rows={5}
        />
        <SubmitButton busy={send.isPending}>Send to the chair</SubmitButton>
      </form>
    </section>
  )
}
