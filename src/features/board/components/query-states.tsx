import { isApiError, serverTroubleReason } from '../../../lib/api'

/** Grey blocks in the shape of what is coming, each as tall as the real thing, so nothing jumps. */
export function CardSkeletons({
  count,
  label,
  variant,
}: {
  count: number
  /** Read to screen readers while loading, e.g. "Loading the objectives". */
  label: string
  variant: 'objective' | 'risk' | 'figure' | 'detail'
}) {
  return (
    <div className="app-skeletons" aria-busy="true">
      <p className="govuk-visually-hidden" role="status">
        {label}
      </p>
      <ul className={`app-board-grid app-board-grid--${variant}`} aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className={`app-skeleton app-skeleton--${variant}`}>
            <span className="app-skeleton__line app-skeleton__line--short" />
            <span className="app-skeleton__line app-skeleton__line--title" />
            <span className="app-skeleton__line" />
            <span className="app-skeleton__line" />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What went wrong, in words, and a button that asks again. */
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
  const reason = isApiError(error)
    ? error.kind === 'network' || error.kind === 'timeout'
      ? 'The app could not reach the server. Check your connection.'
      : (serverTroubleReason(error) ?? error.title)
    : 'Something unexpected went wrong.'
  return (
    <div className="app-load-error" role="alert">
      <Heading className="app-load-error__heading">Sorry, {what} could not be loaded</Heading>
      <p className="app-load-error__reason">{reason}</p>
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

export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404
