import { useDocumentTitle } from './document-title'

/**
 * Sets the document title as a component rather than a hook call in the page, so that when the
 * page renders a not-found page instead, that page's own title wins. `error` prefixes "Error: ",
 * as GOV.UK asks for a page showing validation errors.
 */
export function PageTitle({ text, error = false }: { text: string; error?: boolean }) {
  useDocumentTitle(text, { error })
  return null
}
