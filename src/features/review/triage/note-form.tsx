import type { FormEvent } from 'react'
import { CharacterCount, SubmitButton } from '../../../components/form'
import type { UpdateConcernRequest } from '../../../lib/api'
import { firstOf, type ActionErrors } from './action-errors'
import { GeneralErrors } from './status-form'
import { useCheckedText } from './use-checked-text'

interface NoteFormProps {
  busy: boolean
  errors: ActionErrors
  onAct: (change: UpdateConcernRequest, done: string) => void
}

/** A note for the chair's own record. The server never shows notes to the councillor. */
export function NoteForm({ busy, errors, onAct }: NoteFormProps) {
  const note = useCheckedText('note')

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (note.check()) onAct({ note: note.text.trim() }, 'Your note was added. Only you can see it.')
  }

  return (
    <div className="app-review-action__body">
      {errors.general.length > 0 && <GeneralErrors messages={errors.general} />}
      <form onSubmit={submit} noValidate>
        <CharacterCount
          {...note.field(firstOf(errors, 'note'))}
          label="Add a note"
          hint="For your own record. The councillor never sees notes."
          rows={3}
        />
        <SubmitButton busy={busy} variant="secondary">
          Add note
        </SubmitButton>
      </form>
    </div>
  )
}
