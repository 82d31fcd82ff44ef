import { useState, type FormEvent } from 'react'
import { SubmitButton, TextInput } from '../../../../components/form'
import { REDACTABLE_FIELD_NAMES } from '../../../../domain/concern/timeline'
import { REDACTED_TEXT, type Concern } from '../../../../lib/api'
import { GeneralErrors } from '../status-form'
import type { RedactionControls } from './personal-data-panel'
import { RedactionConfirm } from './redaction-confirm'
import { findText, planEverywhere, redactableTexts, type RedactionPlan } from './redaction-plan'
import type { SelectedText } from './selection'

const SELECTION = 'selection'
const TYPED = 'typed'

/** A plan for exactly the selected place, if the text is still as it was when selected. */
function planForSelection(concern: Concern, selected: SelectedText): RedactionPlan | null {
  const target = findText(concern, selected.field, selected.eventId)
  if (!target || target.text.slice(selected.start, selected.end) !== selected.text) return null
  return {
    match: selected.text,
    everywhere: false,
    parts: [{ target, ranges: [{ start: selected.start, end: selected.end }] }],
  }
}

/**
 * Removing any text, not only what was flagged: select it (mouse or touch) and press "Remove
 * selected text", or type or paste it. Typed text is removed everywhere it appears in the
 * concern and its messages, and the confirmation says where and how many places.
 */
export function RemoveTextPanel({
  concern,
  selected,
  controls,
}: {
  concern: Concern
  selected: SelectedText | null
  controls: RedactionControls
}) {
  const [selectionError, setSelectionError] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  const [typedError, setTypedError] = useState<string | null>(null)

  const removeSelected = () => {
    const plan = selected ? planForSelection(concern, selected) : null
    if (!plan) {
      setSelectionError(
        'Select the text to remove first: in the title, What you noticed, Where in the division or a message',
      )
      return
    }
    setSelectionError(null)
    controls.ask(plan, SELECTION)
  }

  const removeTyped = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const text = typed.trim()
    if (text === '') {
      setTypedError('Enter the text to remove')
      return
    }
    if (text === REDACTED_TEXT) {
      setTypedError(`Enter text other than “${REDACTED_TEXT}”: that has already been removed`)
      return
    }
    const plan = planEverywhere(text, redactableTexts(concern))
    if (plan.parts.length === 0) {
      setTypedError(
        `“${text}” is not in the concern or its messages. Enter it exactly as it is written`,
      )
      return
    }
    setTypedError(null)
    controls.ask(plan, TYPED)
  }

  const confirmHere = (from: string) =>
    controls.pendingFrom === from && controls.pendingPlan ? (
      <RedactionConfirm
        plan={controls.pendingPlan}
        busy={controls.busy}
        onConfirm={controls.confirm}
        onCancel={controls.cancel}
      />
    ) : null
  const errorsHere = (from: string) =>
    controls.errorsFrom === from && controls.errors.length > 0 ? (
      <GeneralErrors messages={[...controls.errors]} />
    ) : null

  return (
    <div className="app-review-action__body">
      <p className="govuk-body">
        Removed text is replaced by “{REDACTED_TEXT}” and deleted for good. The councillor sees that
        details were removed, not what they were.
      </p>
      {errorsHere('conflict')}

      <h3 className="govuk-heading-s">Remove selected text</h3>
      <p className="govuk-body">
        Select the words in the title, What you noticed, Where in the division or a message, then
        press the button.
      </p>
      <p className="govuk-body" id="selected-text">
        {selected ? (
          <>
            Selected: <span className="app-review-text">“{selected.text}”</span> in{' '}
            {findText(concern, selected.field, selected.eventId)?.name ??
              REDACTABLE_FIELD_NAMES[selected.field]}
          </>
        ) : (
          'Nothing is selected yet.'
        )}
      </p>
      {selectionError && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {selectionError}
        </p>
      )}
      {errorsHere(SELECTION)}
      {confirmHere(SELECTION) ?? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={removeSelected}
          aria-describedby="selected-text"
        >
          Remove selected text
        </button>
      )}

      <h3 className="govuk-heading-s">Remove text by typing it</h3>
      {errorsHere(TYPED)}
      {confirmHere(TYPED) ?? (
        <form onSubmit={removeTyped} noValidate>
          <TextInput
            id="remove-text"
            label="The text to remove"
            labelSize="s"
            hint="Type or paste it exactly as it is written. Every place it appears in the concern and its messages is removed."
            value={typed}
            onChange={(value) => {
              setTyped(value)
              setTypedError(null)
            }}
            error={typedError ?? undefined}
            spellCheck={false}
            autoComplete="off"
          />
          <SubmitButton variant="secondary">Remove text</SubmitButton>
        </form>
      )}
    </div>
  )
}
