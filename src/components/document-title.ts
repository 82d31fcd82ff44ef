import { useEffect } from 'react'

export const SERVICE_NAME = 'Eyes and Ears'

/** "<Page> – Eyes and Ears", with GOV.UK's "Error: " prefix while the page shows errors. */
export function documentTitle(page: string, { error = false }: { error?: boolean } = {}): string {
  return `${error ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`
}

/** Sets the document title for the page being shown; screen readers announce it first. */
export function useDocumentTitle(page: string, options: { error?: boolean } = {}): void {
  const title = documentTitle(page, options)
  useEffect(() => {
    document.title = title
  }, [title])
}
