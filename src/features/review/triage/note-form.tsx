import { useState, type FormEvent } from 'react'
import {
  characterCount,
  CONCERN_LIMITS,
  firstTextProblem,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { firstOf, type ActionErrors } from './action-errors'
import { GeneralErrors } from './status-form'
import { TextField } from './text-field'

interface NoteFormProps {
  busy: boolean
  errors: ActionErrors
  onAct: (change: UpdateConcernRequest, done: string) => void
}

/** A note for the chair's own record. The server never shows notes to the councillor. */
export function NoteForm({ busy, errors, onAct }: NoteFormProps) {
  const [text, setText] = useState('')
  const [localError, setLocalError] = useState<string | null>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const note = text.trim()
    const problem =
      note === ''
        ? 'Enter the note'
        : characterCount(note) > CONCERN_LIMITS.noteMax
          ? `The note must be ${CONCERN_LIMITS.noteMax.toLocaleString('en-GB')} characters or fewer`
          : (firstTextProblem(text, 'Note', 'multi-line') ?? null)
    setLocalError(problem)
    if (!problem) onAct({ note }, 'Your note was added. Only you can see it.')
  }

  return (
    <section className="app-review-section" aria-labelledby="note-heading">
      <h2 className="govuk-heading-m" id="note-heading">
        Internal note
      </h2>
      {errors.general.length > 0 && <GeneralErrors messages={errors.general} />}
      <form onSubmit={submit} noValidate>
        <TextField
          id="note"
          label="Add a note"
          hint="For your own record. The councillor never sees notes."
          value={text}
          onChange={(value) => {
            setText(value)
            setLocalError(null)
          }}
          error={localError ?? firstOf(errors, 'note')}
          multiline
          rows={3}
          maxLength={CONCERN_LIMITS.noteMax}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          aria-disabled={busy || undefined}
          onClick={busy ? (event) => event.preventDefault() : undefined}
        >
          Add note
        </button>
      </form>
    </section>
  )
}
