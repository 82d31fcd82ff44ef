import { useRef, useState, type FormEvent } from 'react'
import {
  characterCount,
  CONCERN_LIMITS,
  firstTextProblem,
  type Concern,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { PLACEHOLDER, replyTemplatesFor } from './reply-templates'
import { firstOf, type ActionErrors } from './action-errors'
import { GeneralErrors } from './status-form'
import { TextField } from './text-field'

interface ReplyFormProps {
  concern: Concern
  busy: boolean
  errors: ActionErrors
  onAct: (change: UpdateConcernRequest, done: string) => void
}

/**
 * A reply the councillor sees in My concerns (marked new until they open it). Templates are
 * starting points the chair edits; a template never replaces what the chair wrote without a way
 * to bring it back.
 */
export function ReplyForm({ concern, busy, errors, onAct }: ReplyFormProps) {
  const [text, setText] = useState('')
  const [replaced, setReplaced] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const templates = replyTemplatesFor(concern)

  const applyTemplate = (templateText: string) => {
    setReplaced(text.trim() !== '' && text !== templateText ? text : null)
    setText(templateText)
    setLocalError(null)
    form.current?.querySelector<HTMLTextAreaElement>('#reply')?.focus()
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const reply = text.trim()
    const problem =
      reply === ''
        ? 'Enter a reply to the councillor'
        : characterCount(reply) > CONCERN_LIMITS.replyMax
          ? `The reply must be ${CONCERN_LIMITS.replyMax.toLocaleString('en-GB')} characters or fewer`
          : PLACEHOLDER.test(reply)
            ? 'Replace the words in square brackets with your own before sending'
            : (firstTextProblem(text, 'Reply', 'multi-line') ?? null)
    setLocalError(problem)
    if (problem) return
    onAct({ reply }, 'Your reply was sent. The councillor will see it in My concerns.')
  }

  return (
    <section className="app-review-section" aria-labelledby="reply-heading">
      <h2 className="govuk-heading-m" id="reply-heading">
        Reply to the councillor
      </h2>
      <p className="govuk-body">
        {concern.wantsReply
          ? concern.awaitingReply
            ? `${concern.author.name} asked for a reply and is waiting for one.`
            : `${concern.author.name} asked for a reply; you have sent one.`
          : `${concern.author.name} did not ask for a reply, but will see one if you send it.`}
      </p>
      {errors.general.length > 0 && <GeneralErrors messages={errors.general} />}
      <form ref={form} onSubmit={submit} noValidate>
        <div className="app-review-templates">
          <h3 className="govuk-heading-s" id="templates-heading">
            Start from a template
          </h3>
          <ul className="app-review-templates__list" aria-labelledby="templates-heading">
            {templates.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary app-review-templates__button"
                  onClick={() => applyTemplate(template.text)}
                >
                  <span className="govuk-visually-hidden">Use the template</span> {template.name}
                </button>
              </li>
            ))}
          </ul>
          {replaced !== null && (
            <p className="govuk-body app-review-templates__undo" role="status">
              The template replaced what you had written.{' '}
              <button
                type="button"
                className="app-review-link-button"
                onClick={() => {
                  setText(replaced)
                  setReplaced(null)
                }}
              >
                Bring back your text
              </button>
            </p>
          )}
        </div>
        <TextField
          id="reply"
          label="Your reply"
          hint="Plain and factual: say only what has happened. Replace anything in square brackets."
          value={text}
          onChange={(value) => {
            setText(value)
            setLocalError(null)
          }}
          error={localError ?? firstOf(errors, 'reply')}
          multiline
          rows={6}
          maxLength={CONCERN_LIMITS.replyMax}
        />
        <button
          type="submit"
          className="govuk-button"
          aria-disabled={busy || undefined}
          onClick={busy ? (event) => event.preventDefault() : undefined}
        >
          Send reply
        </button>
      </form>
    </section>
  )
}
