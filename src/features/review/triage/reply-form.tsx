import { useRef, useState, type FormEvent } from 'react'
import { CharacterCount, SubmitButton } from '../../../components/form'
import type { Concern, UpdateConcernRequest } from '../../../lib/api'
import { PLACEHOLDER, replyTemplatesFor } from './reply-templates'
import { firstOf, type ActionErrors } from './action-errors'
import { GeneralErrors } from './status-form'
import { useCheckedText } from './use-checked-text'

const PLACEHOLDER_LEFT = 'Replace the words in square brackets with your own before sending'

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
  const reply = useCheckedText('reply', (text) =>
    PLACEHOLDER.test(text) ? PLACEHOLDER_LEFT : undefined,
  )
  const [replaced, setReplaced] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const templates = replyTemplatesFor(concern)

  const applyTemplate = (templateText: string) => {
    const { text } = reply
    setReplaced(text.trim() !== '' && text !== templateText ? text : null)
    reply.change(templateText)
    form.current?.querySelector<HTMLTextAreaElement>('#reply')?.focus()
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!reply.check()) return
    onAct(
      { reply: reply.text.trim() },
      'Your reply was sent. The councillor will see it in My concerns.',
    )
  }

  return (
    <div className="app-review-action__body">
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
                  reply.setText(replaced)
                  setReplaced(null)
                }}
              >
                Bring back your text
              </button>
            </p>
          )}
        </div>
        <CharacterCount
          {...reply.field(firstOf(errors, 'reply'))}
          label="Your reply"
          hint="Plain and factual: say only what has happened. Replace anything in square brackets."
          rows={6}
        />
        <SubmitButton busy={busy}>Send reply</SubmitButton>
      </form>
    </div>
  )
}
