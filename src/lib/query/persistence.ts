import { dehydrate, type QueryClient } from '@tanstack/react-query'
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister'
import type { Persister, PersistQueryClientOptions } from '@tanstack/react-query-persist-client'
import { dehydrateOptions } from './dehydrate-options'

/** Where the query cache is saved on the device. */
export const QUERY_CACHE_STORAGE_KEY = 'eyes-and-ears.query-cache'

/**
 * Change this whenever an API schema changes shape: a cache saved by an older build is then
 * dropped instead of being read back into code that no longer matches it.
 */
export const CACHE_BUSTER = 'schema-1'

/** A queued concern must survive days without signal; older caches are dropped. */
export const PERSIST_MAX_AGE = 30 * 24 * 60 * 60 * 1000

const storage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.localStorage

export function createQueryPersister(): Persister {
  return createSyncStoragePersister({
    storage: storage(),
    key: QUERY_CACHE_STORAGE_KEY,
    throttleTime: 250,
  })
}

export function persistOptions(
  persister: Persister,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  return { persister, buster: CACHE_BUSTER, maxAge: PERSIST_MAX_AGE, dehydrateOptions }
}

/**
 * Saves the cache now, bypassing the persister's throttle: called when the page is hidden or
 * closed, so a concern queued a moment before the tab closes is not lost.
 */
export function savePersistedClientNow(queryClient: QueryClient): void {
  try {
    storage()?.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({
        buster: CACHE_BUSTER,
        timestamp: Date.now(),
        clientState: dehydrate(queryClient, dehydrateOptions),
      }),
    )
  } catch {
    // Storage full or blocked: the throttled persister has saved what it could.
  }
}

export function removePersistedClient(): void {
  try {
    storage()?.removeItem(QUERY_CACHE_STORAGE_KEY)
  } catch {
    // Nothing to remove if storage is blocked.
  }
}
