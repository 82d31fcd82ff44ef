import { useEffect, useRef } from 'react'
import type { Concern } from '../../../lib/api'
import { useCurrentUser } from '../../../lib/query'
import { formatDateTime, STATUS_LABELS } from '../labels'
import { changedBy, conflictDetails, eventSummary } from './status-actions'
import { EventDetail } from './timeline'

interface ConflictNoticeProps {
  seen: Concern
  current: Concern
  /** The change that was not saved, in words. */
  lines: readonly string[]
  /** Why it cannot be applied to the latest version; null when it can. */
  blockedBecause: string | null
  busy: boolean
  onReapply: () => void
  onDiscard: () => void
}

/**
 * The concern changed (someone else, or the chair in another tab or on another device) between the chair loading it and acting on it (412). Says what
 * changed, shows the change that was not saved, and lets the chair apply it to the latest
 * version or drop it. Nothing is overwritten without the chair choosing to.
 */
export function ConflictNotice({
  seen,
  current,
  lines,
  blockedBecause,
  busy,
  onReapply,
  onDiscard,
}: ConflictNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  const details = conflictDetails(seen, current, {})
  const user = useCurrentUser()
  const who = changedBy(details.newEvents, user.id)
  useEffect(() => heading.current?.focus(), [])

  return (
    <div className="app-review-conflict" role="region" aria-labelledby="conflict-heading">
      <h2
        className="govuk-heading-m app-review-conflict__heading"
        id="conflict-heading"
        ref={heading}
        tabIndex={-1}
      >
        This concern changed since you opened it
      </h2>
      {who && <p className="govuk-body app-review-conflict__who">{who}.</p>}
      <p className="govuk-body">
        Your change has not been saved. The page now shows the latest version.
      </p>
      <h3 className="govuk-heading-s">What changed</h3>
      <ul className="govuk-list govuk-list--bullet">
        {details.statusBefore !== details.statusNow ? (
          <li>
            Status: was {STATUS_LABELS[details.statusBefore]}, now{' '}
            <strong>{STATUS_LABELS[details.statusNow]}</strong>
          </li>
        ) : (
          <li>Status: still {STATUS_LABELS[details.statusNow]}</li>
        )}
        {details.newEvents.map((event) => (
          <li key={event.id}>
            {eventSummary(event)}, {formatDateTime(event.at)}
            <EventDetail event={event} />
          </li>
        ))}
      </ul>
      <h3 className="govuk-heading-s">Your change, not saved</h3>
      <ul className="govuk-list govuk-list--bullet">
        {lines.map((line) => (
          <li key={line} className="app-review-text">
            {line}
          </li>
        ))}
      </ul>
      {blockedBecause && (
        <p className="govuk-body">
          <strong>{blockedBecause}</strong>
        </p>
      )}
      <div className="govuk-button-group">
        {blockedBecause === null && (
          <button
            type="button"
            className="govuk-button"
            onClick={busy ? undefined : onReapply}
            aria-disabled={busy || undefined}
          >
            Apply my change to the latest version
          </button>
        )}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onDiscard}>
          Discard my change
        </button>
      </div>
    </div>
  )
}
