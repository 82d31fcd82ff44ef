import { useEffect, useRef } from 'react'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'

interface UnknownOutcomeNoticeProps {
  /** Why the app does not know, e.g. "No answer came back from the server." */
  cause: string
  /** The answers on screen are not what was sent under the unsettled key. */
  changedSince: boolean
  /** It has just happened: announce it and take focus (each time focusKey changes). */
  announce: boolean
  focusKey: number
}

/**
 * The concern may have been stored: no answer came back, or the server failed. It never says
 * "not sent", which could be untrue; it says how to find out without storing it twice.
 */
export function UnknownOutcomeNotice({
  cause,
  changedSince,
  announce,
  focusKey,
}: UnknownOutcomeNoticeProps) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (announce) box.current?.focus()
  }, [announce, focusKey])
  return (
    <NotificationBanner
      title="Not confirmed"
      role={announce ? 'alert' : 'region'}
      ref={box}
      focusable
    >
      <p className="govuk-notification-banner__heading">{UNKNOWN_OUTCOME.heading}</p>
      <p className="govuk-body">
        {cause} {changedSince ? UNKNOWN_OUTCOME.changedSince : UNKNOWN_OUTCOME.sendAgain}
      </p>
    </NotificationBanner>
  )
}
