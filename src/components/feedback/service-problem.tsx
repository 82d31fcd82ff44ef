import { useDocumentTitle } from './document-title'

interface ServiceProblemProps {
  /** Why, in plain words, e.g. "The app could not reach the server." */
  reason: string
  onRetry?: () => void
}

/** A whole page that could not be shown, with a way to try again. */
export function ServiceProblem({ reason, onRetry }: ServiceProblemProps) {
  useDocumentTitle('Sorry, there is a problem')
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        If you have no signal, try again when you are back online. Anything you queued to send is
        kept on this device.
      </p>
      {onRetry && (
        <button type="button" className="govuk-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </>
  )
}
