import { useDocumentTitle } from '../../../components/document-title'

/**
 * Sets the document title as a component rather than a hook call in the page, so that when the
 * page renders a not-found page instead, that page's own title wins.
 */
export function PageTitle({ text }: { text: string }) {
  useDocumentTitle(text)
  return null
}
