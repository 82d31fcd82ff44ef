import { useCallback, useSyncExternalStore } from 'react'
import {
  notifyManager,
  onlineManager,
  useQueryClient,
  type Query,
  type QueryClient,
} from '@tanstack/react-query'
import { isSessionKey } from '../../lib/api/keys/session-keys'
import { isOfflineError } from './offline'
// Not loaded lazily: it is needed exactly when there is no signal to fetch a chunk with (the demo
// build has no worker to precache it, and a page can go offline before the worker is ready).
import { OfflineNotice } from './offline-notice'

/**
 * The one offline notice of a signed-in page, above it: shown while what the page draws comes
 * from the device (saved, or fetched earlier) because there is no signal to refresh it. Drawn by
 * the signed-in guard rather than by each page, so a page reading three queries says it once, and
 * every page (the councillor's and the chair's) says it the same way.
 */
export function PageOfflineNotice() {
  const lastUpdated = useOfflineSince()
  return lastUpdated === null ? null : <OfflineNotice lastUpdated={lastUpdated} />
}

/**
 * When the page's data was last brought up to date, while it cannot be refreshed for lack of
 * signal; null otherwise (online and up to date, or nothing on the page came from the server).
 */
export function useOfflineSince(): number | null {
  const queryClient = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Batched, as TanStack's own hooks do: a page rendering for the first time adds its queries
      // to the cache during its render, and this must not update the notice in the middle of it.
      const unsubscribeCache = queryClient
        .getQueryCache()
        .subscribe(notifyManager.batchCalls(onChange))
      const unsubscribeOnline = onlineManager.subscribe(onChange)
      return () => {
        unsubscribeCache()
        unsubscribeOnline()
      }
    },
    [queryClient],
  )
  return useSyncExternalStore(subscribe, () => offlineSince(queryClient))
}

/** A query on screen that holds an answer from the server (the session is not page content). */
const shownOnPage = (query: Query): boolean =>
  query.isActive() && !isSessionKey(query.queryKey) && query.state.dataUpdatedAt > 0

const cannotRefresh = (query: Query): boolean =>
  query.state.fetchStatus === 'paused' ||
  (query.state.status === 'error' && isOfflineError(query.state.error))

function offlineSince(queryClient: QueryClient): number | null {
  const shown = queryClient.getQueryCache().getAll().filter(shownOnPage)
  if (shown.length === 0) return null
  if (onlineManager.isOnline() && !shown.some(cannotRefresh)) return null
  // The oldest answer the app would have refreshed by now: one still fresh by its own measure
  // (the divisions, for a day) does not make the page look older than it is.
  const due = shown.filter((query) => query.isStale())
  return Math.min(...(due.length > 0 ? due : shown).map((query) => query.state.dataUpdatedAt))
}
