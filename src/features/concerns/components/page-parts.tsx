import { Link } from 'react-router'
import { useDocumentTitle } from '../../../components/document-title'
import { isApiError, serverTroubleReason } from '../../../lib/api'

/** Sets the document title as a component, so a page shown instead (e.g. 404) has its own. */
export function PageTitle({ text, error = false }: { text: string; error?: boolean }) {
  useDocumentTitle(text, { error })
  return null
}

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="govuk-back-link app-concerns__back" to={to}>
      {children}
    </Link>
  )
}

/** What could not be loaded, why, and a way to ask again. */
export function LoadFailure({
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
  const offline = isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')
  return (
    <div className="app-load-failure" role="alert">
      <h2 className="govuk-heading-m">Sorry, {what} could not be loaded</h2>
      <p className="govuk-body">
        {offline
          ? 'The app could not reach the server. You may be offline: try again when you have signal.'
          : isApiError(error)
            ? (serverTroubleReason(error) ?? error.title)
            : 'Something unexpected went wrong.'}
      </p>
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

/** For the chair (or any non-councillor) on a councillor's page: never a blank screen. */
export function CouncillorOnlyPage() {
  useDocumentTitle('This page is for councillors')
  return (
    <>
      <h1 className="govuk-heading-l">This page is for councillors</h1>
      <p className="govuk-body">
        Councillors raise concerns and follow them here. As the chair, you see every concern in the
        review pages.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link app-link-target" to="/review">
          Go to the concerns to review
        </Link>
      </p>
    </>
  )
}
