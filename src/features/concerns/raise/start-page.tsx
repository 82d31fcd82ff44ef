import { useState, type FormEvent } from 'react'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { discardOfferedDraft, offeredDraft, takeOfferedDraft } from '../draft-shelf'
import { isUnknownOutcome, type Draft } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'
import { Checkbox, Radios } from '../../../components/form'
import { formatDateTime } from '../labels'
import { useRaiseConcern } from './raise-concern-context'
import { EmergencyWarning, ParticularChildContacts } from './safeguarding'
import { PageTitle } from '../../../components/feedback/page-title'

type Choice = '' | 'danger' | 'particular-child' | 'pattern'

const ERRORS = {
  choice: 'Select what you want to tell the Board about',
  understood: 'Confirm that you understand this app is not for reporting a child at risk',
}

/**
 * `/concerns/new`: safeguarding first. Nobody reaches the form without reading where a child in
 * danger, or a worry about a particular child, must go instead, and confirming they understand.
 */
export function StartPage() {
  const flow = useRaiseConcern()
  const navigate = useNavigate()
  const [waiting, setWaiting] = useState<Draft | null>(() => offeredDraft(flow.user.id))
  const [choice, setChoice] = useState<Choice>('')
  const [understood, setUnderstood] = useState(false)
  const [errors, setErrors] = useState<{ choice?: string; understood?: string }>({})
  const [attempts, setAttempts] = useState(0)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => n + 1)
    if (choice === '') return setErrors({ choice: ERRORS.choice })
    setErrors({})
    if (choice === 'danger') return void navigate('/concerns/new/call-999')
    if (choice === 'particular-child') return void navigate('/concerns/new/particular-child')
    if (!understood) return setErrors({ understood: ERRORS.understood })
    flow.start()
    void navigate('/concerns/new/where')
  }

  const summary = [
    ...(errors.choice ? [{ fieldId: 'about', message: errors.choice }] : []),
    ...(errors.understood ? [{ fieldId: 'understood', message: errors.understood }] : []),
  ]

  return (
    <div className="app-concerns">
      <PageTitle text="Before you raise a concern" error={summary.length > 0} />
      <ErrorSummary errors={summary} focusKey={attempts} />
      {waiting && (
        <DraftOffer
          draft={waiting}
          onResume={() => {
            flow.resumeDraft(takeOfferedDraft(flow.user.id) ?? waiting)
            void navigate('/concerns/new/continue')
          }}
          onDiscard={() => {
            discardOfferedDraft(flow.user.id)
            // One parked behind it, if any, is offered next.
            setWaiting(offeredDraft(flow.user.id))
          }}
        />
      )}
      <h1 className="govuk-heading-l">Before you raise a concern</h1>
      <EmergencyWarning />
      <p className="govuk-body">
        This app is not a way to report a child at risk. It is for the patterns and places you
        notice in your division, so that the Oxfordshire Safeguarding Children Board hears about
        them.
      </p>
      <ParticularChildContacts />

      <form onSubmit={onSubmit} noValidate>
        <Radios
          id="about"
          name="about"
          legend="What do you want to tell the Board about?"
          labelIsHeading
          options={[
            { value: 'danger', label: 'A child is in danger now' },
            { value: 'particular-child', label: 'A worry about a particular child or family' },
            {
              value: 'pattern',
              label: 'A pattern, a place or a wider worry in my division',
              hint: 'Something you noticed or were told that the Board should know about, not about one child or family.',
              conditional: (
                <Checkbox
                  id="understood"
                  label="I understand this app is not for reporting a child at risk. About a particular child I will call 999 or the MASH."
                  checked={understood}
                  onChange={setUnderstood}
                  error={errors.understood}
                />
              ),
            },
          ]}
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
          error={errors.choice}
        />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </div>
  )
}

function DraftOffer({
  draft,
  onResume,
  onDiscard,
}: {
  draft: Draft
  onResume: () => void
  onDiscard: () => void
}) {
  const title = draft.answers.title.trim()
  return (
    <NotificationBanner title="Unsent concern" className="app-concerns-draft-offer">
      <p className="govuk-notification-banner__heading">You have a concern you have not sent yet</p>
      <p className="govuk-body">
        {title ? <q className="app-concerns-draft-offer__title">{title}</q> : 'Untitled'}, saved on
        this device on {formatDateTime(draft.savedAt)}.
        {draft.returned &&
          (isUnknownOutcome(draft.returned.reason)
            ? ` ${UNKNOWN_OUTCOME.heading}: ${REASONS[draft.returned.reason]} ${UNKNOWN_OUTCOME.sendAgain}`
            : ` It was not sent: ${REASONS[draft.returned.reason]}`)}
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onResume}>
          Resume draft
        </button>
        <button type="button" className="govuk-button govuk-button--warning" onClick={onDiscard}>
          Discard draft
        </button>
      </div>
    </NotificationBanner>
  )
}
