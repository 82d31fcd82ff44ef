import { useEffect, useState } from 'react'
import { isWithinOfflineLimit, OFFLINE_IDENTITY_MAX_AGE_MS } from '../../lib/config/offline'
import { useSession } from '../../lib/query'
import { useIsOnline, waitingForSignal } from '../../components/feedback/offline'

/**
 * The session, and whether the user it holds may still be shown (decision 0016). With no signal,
 * the user the server last confirmed stays signed in on this device for a limited time; past it,
 * a saved identity is good only for as long as the server can confirm it. The route guard and the
 * header both read it, so the header never names a user the page has just stopped showing.
 */
export function useSessionIdentity() {
  const session = useSession()
  const online = useIsOnline()
  const recent = useStillWithinLimit(session.dataUpdatedAt)
  const user = session.data
  const expired = Boolean(user) && !recent
  const forget = expired && (!online || waitingForSignal(session))
  /** Who may be shown as signed in: nobody while a saved identity is being forgotten. */
  const shownUser = user && !forget ? user : null
  return { session, user, expired, forget, online, shownUser }
}

/**
 * Whether a session the server confirmed at `confirmedAt` may still be used, re-checked the
 * moment it runs out: a tablet left open with no signal does not stay signed in past the limit.
 */
function useStillWithinLimit(confirmedAt: number): boolean {
  const [, setTick] = useState(0)
  const recent = isWithinOfflineLimit(confirmedAt)
  useEffect(() => {
    if (!recent) return
    const wait = confirmedAt + OFFLINE_IDENTITY_MAX_AGE_MS - Date.now() + 1
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.min(wait, 2 ** 31 - 1))
    return () => clearTimeout(timer)
  }, [confirmedAt, recent])
  return recent
}
