import { useEffect, useRef } from 'react'
import { WarningText } from '../../../../components/feedback/warning-text'
import { REDACTED_TEXT } from '../../../../lib/api'
import { whereWords, type RedactionPlan } from './redaction-plan'

/** Asks before text is removed for good; takes focus, so the question is read first. */
export function RedactionConfirm({
  plan,
  busy,
  onConfirm,
  onCancel,
}: {
  plan: RedactionPlan
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="app-review-confirm">
      <h3 className="govuk-heading-s app-review-text" ref={heading} tabIndex={-1}>
        Remove “{plan.match}” from {whereWords(plan)}?
      </h3>
      <WarningText>
        {` This cannot be undone. It is replaced by “${REDACTED_TEXT}” and the original is deleted. The councillor sees that details were removed, not what they were.`}
      </WarningText>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={busy ? undefined : onConfirm}
          aria-disabled={busy || undefined}
        >
          Yes, remove it
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
