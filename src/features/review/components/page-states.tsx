import { isApiError, serverTroubleReason } from '../../../lib/api'
import { useDocumentTitle } from '../../../components/document-title'

/** Sets the document title from inside the page, so a page shown instead keeps its own title. */
export function PageTitle({ text, error = false }: { text: string; error?: boolean }) {
  useDocumentTitle(text, { error })
  return null
}

export const describeError = (error: unknown): string =>
  isApiError(error)
    ? error.kind === 'network' || error.kind === 'timeout'
      ? 'The app could not reach the server. Check your connection and try again.'
      : (serverTroubleReason(error) ?? error.detail ?? error.title)
    : 'Something unexpected went wrong.'

/** What could not be loaded, why, and a way to ask again. */
export function LoadProblem({
  what,
  error,
  onRetry,
  retrying,
}: {
  what: string
  error: unknown
  onRetry: () => void
  retrying: boolean
}) {
  return (
    <div className="app-review-problem" role="alert">
      <h2 className="govuk-heading-m">Sorry, {what} could not be loaded</h2>
      <p className="govuk-body">{describeError(error)}</p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={retrying ? undefined : onRetry}
        aria-disabled={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  )
}
