import { isApiError, serverTroubleReason } from '../../lib/api'
import './load-error.scss'

/** Why a request failed, in words a councillor or the chair can act on. */
export const describeError = (error: unknown): string =>
  isApiError(error)
    ? error.kind === 'network' || error.kind === 'timeout'
      ? 'The app could not reach the server. You may be offline: try again when you have signal.'
      : (serverTroubleReason(error) ?? error.detail ?? error.title)
    : 'Something unexpected went wrong.'

export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404

/** What could not be loaded, why, and a button that asks again. */
export function LoadError({
  what,
  error,
  onRetry,
  retrying,
  headingLevel = 2,
}: {
  /** What could not be loaded, e.g. "the objectives". */
  what: string
  error: unknown
  onRetry: () => void
  retrying: boolean
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
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
