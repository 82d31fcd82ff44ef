import type { MouseEvent } from 'react'

export const MAIN_CONTENT_ID = 'main-content'

/** The first thing a keyboard user reaches: jumps past the header and navigation. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID)
    if (!main) return
    // Focus in place: a hash change would also go through the router.
    event.preventDefault()
    main.focus()
  }
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  )
}
