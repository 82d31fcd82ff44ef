import { Link } from 'react-router'
import { useDocumentTitle } from '../../components/feedback/document-title'

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="govuk-back-link app-concerns__back" to={to}>
      {children}
    </Link>
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
