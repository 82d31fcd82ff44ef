import { useEffect, useRef, useState } from 'react'

/**
 * How far outside the viewport a picture starts loading: a screen above or below, so it is
 * usually drawn before the reader scrolls to it.
 */
const AHEAD = '100% 0px'

/**
 * Whether the element has come within a screen of the viewport (and stays true once it has).
 * Without IntersectionObserver (an old browser, a test's DOM) it is near at once.
 */
export function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return [ref, near] as const
}
