import { Link } from 'react-router'
import { useDocumentTitle } from './document-title'

/** Shown for an address the app does not know, or a record that does not exist. */
export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <OverviewLink />
    </>
  )
}

export interface ForbiddenPageProps {
  /** Whom the page is for, after "This page is only for" (the role guard gives the words). */
  pageIsFor: string
  /** Where the signed-in user's own pages are, when the app has some for their role. */
  elsewhere?: { says: string; to: string; linkText: string } | undefined
}

/** Shown when the signed-in user's role may not see a page (never a blank screen). */
export function ForbiddenPage({ pageIsFor, elsewhere }: ForbiddenPageProps) {
  useDocumentTitle('You do not have access to this page')
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">This page is only for {pageIsFor}.</p>
      {elsewhere && (
        <>
          <p className="govuk-body">{elsewhere.says}</p>
          <p className="govuk-body">
            <Link className="govuk-link app-link-target" to={elsewhere.to}>
              {elsewhere.linkText}
            </Link>
          </p>
        </>
      )}
      <OverviewLink />
    </>
  )
}

/** The way out of a page with nothing for the reader: back to the overview. */
function OverviewLink() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link app-link-target" to="/">
        Go to the overview
      </Link>
    </p>
  )
}
