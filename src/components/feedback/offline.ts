import { useSyncExternalStore } from 'react'
import { onlineManager } from '@tanstack/react-query'
// Direct module import, not the api index: the signed-in guard (first bundle) uses this file.
import { isApiError } from '../../lib/api/api-error'

/** No answer at all (no signal, or one too weak to answer in time), as opposed to a refusal. */
export const isOfflineError = (error: unknown): boolean =>
  isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')

/** What the offline checks need from a query's result. */
export interface QueryStatusLike {
  fetchStatus: 'fetching' | 'paused' | 'idle'
  isError: boolean
  error: unknown
}

/**
 * The query is waiting for a signal: paused until the device is online again, or its last try
 * found no network. Either way it asks again by itself when the signal returns (TanStack Query
 * resumes paused queries and refetches failed ones on reconnect), so nobody needs "Try again".
 */
export const waitingForSignal = (query: QueryStatusLike): boolean =>
  query.fetchStatus === 'paused' || (query.isError && isOfflineError(query.error))

/** Whether the app believes it has a signal, following TanStack Query's online manager. */
export function useIsOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
  )
}
