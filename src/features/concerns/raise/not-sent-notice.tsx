import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { isUnknownOutcome, type ReturnReason } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'

/** On a question page the answers came back to: why the concern was not sent. */
export function NotSentNotice({ reason }: { reason: ReturnReason }) {
  const unknown = isUnknownOutcome(reason)
  return (
    <NotificationBanner title={unknown ? 'Not confirmed' : 'Not sent yet'}>
      <p className="govuk-notification-banner__heading">
        {unknown ? UNKNOWN_OUTCOME.heading : 'This concern has not been sent'}
      </p>
      <p className="govuk-body">
        {REASONS[reason]}{' '}
        {unknown ? UNKNOWN_OUTCOME.sendAgain : 'Check your answers, then send it again.'}
      </p>
    </NotificationBanner>
  )
}
