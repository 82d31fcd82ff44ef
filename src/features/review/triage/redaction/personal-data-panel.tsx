import { REDACTABLE_FIELD_NAMES } from '../../../../domain/concern/timeline'
import type { Concern } from '../../../../lib/api'
// The messages only, not the detector (which brings a language library with it).
import { PERSONAL_DATA_MESSAGES } from '../../../../lib/personal-data/kinds'
import { GeneralErrors } from '../status-form'
import { RedactionConfirm } from './redaction-confirm'
import { planEverywhere, redactableTexts, type RedactionPlan } from './redaction-plan'

export interface RedactionControls {
  busy: boolean
  /** Which control asked for the confirmation on screen, if any. */
  pendingFrom: string | null
  pendingPlan: RedactionPlan | null
  /** Failure messages of the last attempt, for the control that made it. */
  errorsFrom: string | null
  errors: readonly string[]
  ask: (plan: RedactionPlan, from: string) => void
  confirm: () => void
  cancel: () => void
}

/**
 * The personal-data findings the councillor said did not identify a child or family when they
 * raised the concern: which text, what, and why the rule flagged it. Each is highlighted where it
 * is in the submission, and can be removed from there with one button (every place it appears in
 * that text), which keyboard users reach as easily as any other.
 */
export function PersonalDataPanel({
  concern,
  controls,
}: {
  concern: Concern
  controls: RedactionControls
}) {
  if (concern.personalData.length === 0) return null
  const texts = redactableTexts(concern)
  return (
    <section className="app-review-section app-review-redaction" aria-labelledby="kept-heading">
      <h2 className="govuk-heading-m" id="kept-heading">
        Personal data the councillor kept
      </h2>
      <p className="govuk-body">
        When raising the concern, {concern.author.name} said these do not identify a child or
        family. They are highlighted where they are in what the councillor sent. Remove any that
        could.
      </p>
      <ul className="app-review-redaction__findings">
        {concern.personalData.map((finding, index) => {
          const from = `finding-${index}`
          const where = REDACTABLE_FIELD_NAMES[finding.field]
          const plan = planEverywhere(
            finding.match,
            texts.filter((text) => text.field === finding.field),
          )
          return (
            <li
              key={`${finding.field}:${finding.kind}:${finding.match}`}
              className="app-review-redaction__finding"
            >
              <p className="govuk-body">
                <mark className="app-review-finding app-review-text">{finding.match}</mark> in{' '}
                {where}
              </p>
              <p className="govuk-hint">{PERSONAL_DATA_MESSAGES[finding.kind]}</p>
              {controls.errorsFrom === from && controls.errors.length > 0 && (
                <GeneralErrors messages={[...controls.errors]} />
              )}
              {controls.pendingFrom === from && controls.pendingPlan ? (
                <RedactionConfirm
                  plan={controls.pendingPlan}
                  busy={controls.busy}
                  onConfirm={controls.confirm}
                  onCancel={controls.cancel}
                />
              ) : (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => controls.ask(plan, from)}
                >
                  Remove{' '}
                  <span className="govuk-visually-hidden">
                    “{finding.match}” from {where}
                  </span>
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
