import { useEffect, useRef } from 'react'
import { useIsOnline } from '../../components/feedback/offline'
import { ServiceProblem } from '../../components/feedback/service-problem'

/**
 * When a page fails to load or crashes. A page's code that cannot be fetched (no signal, or a new
 * version was deployed) is the usual cause: reloading fixes both. When that code could not be
 * fetched for lack of signal, the page says so, and it reloads by itself when the signal returns
 * (nothing is on it to lose).
 */
export function RouteErrorPage({ error }: { error: unknown }) {
  const online = useIsOnline()
  const codeMissing = isChunkLoadFailure(error)
  const wasOffline = useRef(false)
  useEffect(() => {
    if (!codeMissing) return
    if (!online) wasOffline.current = true
    else if (wasOffline.current) window.location.reload()
  }, [online, codeMissing])

  if (!online && codeMissing) {
    return (
      <ServiceProblem reason="You're offline, and this page has not been saved on this device yet. It will open by itself when you are back online." />
    )
  }
  return (
    <ServiceProblem
      reason="This page could not be shown. Reloading the page usually fixes this."
      onRetry={() => window.location.reload()}
    />
  )
}

/**
 * A page's code that could not be fetched: browsers reject import() with a TypeError whose words
 * differ ("Failed to fetch dynamically imported module", "Importing a module script failed").
 */
const isChunkLoadFailure = (error: unknown): boolean =>
  error instanceof TypeError && /dynamically imported module|module script/i.test(error.message)
