import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { MAIN_CONTENT_ID } from './skip-link'

const GIVE_UP_AFTER_MS = 10_000

/**
 * After moving to another page, focus goes to its main heading, so a screen reader announces the
 * new page and the next Tab starts from the top of its content. Not on the first page load (the
 * browser starts at the top, where the skip link is), and not when only the query string changes
 * (a filter being typed must keep its focus). A page that shows its heading only after loading is
 * waited for, unless the user has moved focus themselves in the meantime.
 */
export function useFocusMainHeadingOnNavigate(): void {
  const { pathname } = useLocation()
  const previous = useRef(pathname)

  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const main = document.getElementById(MAIN_CONTENT_ID)
    if (!main) return
    const focusedAtStart = document.activeElement

    const tryFocus = (): boolean => {
      const active = document.activeElement
      if (active !== focusedAtStart && active !== document.body && active !== null) return true
      // While the next page's code is on its way, the page before it stays in the document,
      // hidden, beside the "Loading" placeholder: its heading cannot take focus, so the one that
      // does is the new page's.
      for (const heading of main.querySelectorAll('h1')) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
        heading.focus()
        if (document.activeElement === heading) return true
      }
      return false
    }

    if (tryFocus()) return
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect()
    })
    observer.observe(main, { childList: true, subtree: true })
    const timer = window.setTimeout(() => observer.disconnect(), GIVE_UP_AFTER_MS)
    return () => {
      observer.disconnect()
      window.clearTimeout(timer)
    }
  }, [pathname])
}
