import { createContext, use } from 'react'
import {
  hashKey,
  onlineManager,
  queryOptions,
  useQuery,
  type Query,
  type QueryClient,
} from '@tanstack/react-query'
// Direct module imports, not '../api': this file is in the first bundle, and the index would
// bring every API schema into it.
import { isApiError } from '../api/api-error'
import { apiRequest } from '../api/client'
import { isSessionKey, sessionKeys } from '../api/keys'
import type { SessionUser } from '../api/schemas/session'

// Loaded with the first request, so zod stays out of the first bundle.
const loadSessionUserSchema = () =>
  import('../api/schemas/session').then((m) => m.sessionUserSchema)

/*
 * Who is signed in. It lives in src/lib, not in the session feature, because every feature needs
 * the current user and features never import one another; the query client needs the key too, to
 * mark the session over when any call answers 401.
 */

// The keys live with the others in src/lib/api/keys; the features import them from here.
export { isSessionKey, sessionKeys } from '../api/keys'

/**
 * GET /session: the signed-in user, or null when nobody is (401). Saved on the device as personal
 * data, so a cold start with no signal can open the app as that user while the answer is recent
 * (the signed-in guard checks its age against src/lib/config/offline.ts; decision 0016).
 */
export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: async ({ signal }): Promise<SessionUser | null> => {
      try {
        return (await apiRequest(loadSessionUserSchema, '/session', { signal })).data
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null
        throw error
      }
    },
    staleTime: 5 * 60 * 1000,
    meta: { persist: 'personal' },
  })

/** The session query itself: `data` is the user, null when signed out, undefined while loading. */
export const useSession = () => useQuery(sessionQuery())

const CurrentUserContext = createContext<SessionUser | null>(null)

/** Given by the route guard to everything behind it, once the session is known. */
export const CurrentUserProvider = CurrentUserContext.Provider

/** The signed-in user. Only for components rendered behind the signed-in route guard. */
export function useCurrentUser(): SessionUser {
  const user = use(CurrentUserContext)
  if (!user) throw new Error('useCurrentUser() is only available behind RequireSession')
  return user
}

/** A query holding the signed-in user's own data (`meta.persist: 'personal'`), not the session. */
export const isPersonalQuery = ({ meta, queryKey }: Pick<Query, 'meta' | 'queryKey'>): boolean =>
  meta?.persist === 'personal' && !isSessionKey(queryKey)

/**
 * Forgets, in memory and so in the saved copy, every personal answer but the session itself: for
 * when the user they belonged to is no longer the one signed in.
 */
export function forgetPersonalQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: isPersonalQuery })
}

const userIdOf = (data: unknown): string | null | undefined =>
  data === null ? null : (data as SessionUser | undefined)?.id

/**
 * Keeps personal answers with the user they were fetched for. When the server says someone else
 * is signed in, or nobody (a session that ended while the tablet was offline), the previous
 * user's answers go at once, before any page can draw them; and a personal answer restored from
 * the device while nobody is signed in is dropped as it arrives. A user's queued changes are
 * mutations, not queries, and are left to their owner (the outbox).
 */
export function keepPersonalDataWithItsOwner(queryClient: QueryClient): () => void {
  const cache = queryClient.getQueryCache()
  const sessionHash = hashKey(sessionKeys.current())
  let owner: string | null | undefined = userIdOf(queryClient.getQueryData(sessionKeys.current()))
  return cache.subscribe((event) => {
    if (event.type !== 'added' && event.type !== 'updated') return
    // The cache's events type their query loosely; every query here is read as unknown data.
    const query = event.query as Query
    if (query.queryHash === sessionHash) {
      const now = userIdOf(query.state.data)
      if (now === undefined || now === owner) return
      const before = owner
      owner = now
      if (before !== undefined) forgetPersonalQueries(queryClient)
    } else if (owner === null && isPersonalQuery(query) && query.state.data !== undefined) {
      cache.remove(query)
    }
  })
}

/**
 * TanStack Query assumes a signal until the browser says it lost one; a tablet opening the app
 * with none would first spend its retries on requests that cannot go. Starting from the browser's
 * own belief, queries wait (paused) from the first render and go when the signal returns.
 */
export function startFromBrowserOnlineState(): void {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    onlineManager.setOnline(false)
  }
}
