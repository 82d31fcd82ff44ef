import { useEffect, useRef } from 'react'
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
    <div
      ref={box}
      className="govuk-notification-banner"
      role={announce ? 'alert' : 'region'}
      aria-labelledby="unknown-outcome-title"
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="unknown-outcome-title">
          Not confirmed
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{UNKNOWN_OUTCOME.heading}</p>
        <p className="govuk-body">
          {cause} {changedSince ? UNKNOWN_OUTCOME.changedSince : UNKNOWN_OUTCOME.sendAgain}
        </p>
      </div>
    </div>
  )
}
