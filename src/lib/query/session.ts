import { createContext, use } from 'react'
import { queryOptions, useQuery } from '@tanstack/react-query'
// Direct module imports, not '../api': this file is in the first bundle, and the index would
// bring every API schema into it.
import { isApiError } from '../api/api-error'
import { apiRequest } from '../api/client'
import { sessionKeys } from '../api/keys'
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

/** GET /session: the signed-in user, or null when nobody is (401). */
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
