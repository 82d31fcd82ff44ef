import { useLayoutEffect } from 'react'

export const SERVICE_NAME = 'Eyes and Ears'

/** "<Page> – Eyes and Ears", with GOV.UK's "Error: " prefix while the page shows errors. */
export function documentTitle(page: string, { error = false }: { error?: boolean } = {}): string {
  return `${error ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`
}

/**
 * Sets the document title for the page being shown; screen readers announce it first. A layout
 * effect, so the title changes in the same commit as the page: nothing (a person, a screen reader
 * or a test that found the heading) ever sees the new page under the old title.
 */
export function useDocumentTitle(page: string, options: { error?: boolean } = {}): void {
  const title = documentTitle(page, options)
  useLayoutEffect(() => {
    document.title = title
  }, [title])
}
