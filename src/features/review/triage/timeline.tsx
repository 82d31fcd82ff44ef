import type { ConcernEvent } from '../../../lib/api'
import { formatDateTime } from '../labels'
import { eventSummary } from './status-actions'

/** Everything that happened to the concern, oldest first, internal notes marked as such. */
export function Timeline({ events }: { events: readonly ConcernEvent[] }) {
  return (
    <ol className="app-timeline" aria-labelledby="timeline-heading">
      {events.map((event) => (
        <li key={event.id} className={`app-timeline__item app-timeline__item--${event.type}`}>
          <p className="app-timeline__summary">
            <strong>{eventSummary(event)}</strong>{' '}
            <span className="app-timeline__time">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </span>
          </p>
          <EventDetail event={event} />
        </li>
      ))}
    </ol>
  )
}

export function EventDetail({ event }: { event: ConcernEvent }) {
  return (
    <>
      {event.referredTo && (
        <p className="govuk-body app-timeline__detail">Referred to: {event.referredTo}</p>
      )}
      {event.closeReason && (
        <p className="govuk-body app-timeline__detail">Reason for closing: {event.closeReason}</p>
      )}
      {event.type === 'reply' && event.text !== null && (
        <div className="govuk-inset-text app-timeline__text">
          <p className="govuk-body-s app-timeline__label">The councillor sees this reply:</p>
          <p className="govuk-body app-review-text">{event.text}</p>
        </div>
      )}
      {event.type === 'note' && event.text !== null && (
        <div className="app-timeline__note">
          <p className="govuk-body-s app-timeline__label">
            <strong className="govuk-tag govuk-tag--grey">Internal note</strong> The councillor
            never sees this.
          </p>
          <p className="govuk-body app-review-text">{event.text}</p>
        </div>
      )}
    </>
  )
}
