import { isApiError, serverTroubleReason } from '../../lib/api'
import { isOfflineError, useIsOnline } from './offline'
import './load-error.scss'

/** Why a request failed, in words a councillor or the chair can act on. */
export const describeError = (error: unknown): string =>
  isApiError(error)
    ? isOfflineError(error)
      ? 'The app could not reach the server. You may be offline: try again when you have signal.'
      : (serverTroubleReason(error) ?? error.detail ?? error.title)
    : 'Something unexpected went wrong.'

export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404

/**
 * What could not be loaded, why, and a button that asks again. With no signal (the query is
 * paused, or found no network and the device says it is offline), it says so and that it will
 * load by itself when the signal returns: there is no button, because the query asks again on
 * reconnect. A network failure while the device believes it is online (the server down, a
 * captive portal) keeps the button: no reconnect will come to retry it.
 */
export function LoadError({
  what,
  error,
  onRetry,
  retrying,
  paused = false,
  headingLevel = 2,
}: {
  /** What could not be loaded, e.g. "the objectives". */
  what: string
  error: unknown
  onRetry: () => void
  retrying: boolean
  /** The query waits for a signal to ask (TanStack's fetchStatus 'paused'). */
  paused?: boolean
  headingLevel?: 2 | 3
}) {
  const online = useIsOnline()
  const offline = paused || (!online && isOfflineError(error))
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (offline) {
    return (
      <div className="app-load-error" role="status">
        <Heading className="app-load-error__heading">Sorry, {what} could not be loaded</Heading>
        <p className="app-load-error__reason">
          You're offline, and this has not been saved on this device yet. It will load by itself
          when you are back online.
        </p>
      </div>
    )
  }
  return (
    <div className="app-load-error" role="alert">
      <Heading className="app-load-error__heading">Sorry, {what} could not be loaded</Heading>
      <p className="app-load-error__reason">{describeError(error)}</p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-load-error__retry"
        // Not `disabled`: that would drop keyboard focus while the request runs.
        onClick={retrying ? undefined : onRetry}
        aria-disabled={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  )
}
