import type { ConcernEvent } from '../../../lib/api'
import {
  conversationTitle,
  Timeline as ConcernTimeline,
  TimelineItem,
} from '../../../domain/concern/timeline'
import { formatDateTime } from '../labels'
import { eventSummary } from './status-actions'
import { RedactableTextView } from './redaction/redactable-text-view'

/** Everything that happened to the concern, oldest first, internal notes marked as such. */
export function Timeline({ events }: { events: readonly ConcernEvent[] }) {
  return (
    <ConcernTimeline labelledBy="timeline-heading">
      {events.map((event) => (
        <TimelineItem
          key={event.id}
          title={conversationTitle(event) ?? eventSummary(event)}
          meta={<time dateTime={event.at}>{formatDateTime(event.at)}</time>}
        >
          <EventDetail event={event} />
        </TimelineItem>
      ))}
    </ConcernTimeline>
  )
}

export function EventDetail({ event }: { event: ConcernEvent }) {
  return (
    <>
      {event.referredTo && (
        <p className="govuk-body app-review-event__detail">Referred to: {event.referredTo}</p>
      )}
      {event.closeReason && (
        <p className="govuk-body app-review-event__detail">
          Reason for closing: {event.closeReason}
        </p>
      )}
      {event.type === 'reply' && event.text !== null && (
        <div className="govuk-inset-text app-review-event__reply">
          <p className="govuk-body-s app-review-event__label">The councillor sees this reply:</p>
          <p className="govuk-body">
            <RedactableTextView field="message" eventId={event.id} text={event.text} />
          </p>
        </div>
      )}
      {event.type === 'message' && event.text !== null && (
        <div className="govuk-inset-text app-review-event__message">
          <p className="govuk-body-s app-review-event__label">The councillor wrote:</p>
          <p className="govuk-body">
            <RedactableTextView field="message" eventId={event.id} text={event.text} />
          </p>
        </div>
      )}
      {event.type === 'note' && event.text !== null && (
        <div className="app-review-event__note">
          <p className="govuk-body-s app-review-event__label">
            <strong className="govuk-tag govuk-tag--grey">Internal note</strong> The councillor
            never sees this.
          </p>
          <p className="govuk-body app-review-text">{event.text}</p>
        </div>
      )}
    </>
  )
}
