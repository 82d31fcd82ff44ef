import { useEffect } from 'react'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { Navigate, Outlet, useLocation } from 'react-router'
// Not the api index: this guard is in the first bundle, the index would add every schema.
import { isApiError } from '../../lib/api/api-error'
import { OFFLINE_IDENTITY_HOURS } from '../../lib/config/offline'
import { CurrentUserProvider, forgetPersonalQueries, sessionKeys } from '../../lib/query'
import { Loading } from '../../components/feedback/loading'
import { waitingForSignal } from '../../components/feedback/offline'
import { PageOfflineNotice } from '../../components/feedback/page-offline-notice'
import { ServiceProblem } from '../../components/feedback/service-problem'
import { signInPathFor } from '../../features/session'
// Not loaded lazily: it is shown exactly when there is no signal to fetch a chunk with.
import { SignInWhenOnline } from './sign-in-when-online'
import { useSessionIdentity } from './session-identity'

/**
 * The pages behind it are for signed-in users. Anyone else goes to sign-in, with the page they
 * asked for kept in `returnTo` so they come back to it.
 *
 * With no signal, the user the server last confirmed is still signed in on this device, for a
 * limited time (src/lib/config/offline.ts; decision 0016): the app opens as them and reads what
 * they saw before. Past that limit, or with nobody saved, it asks them to sign in once the signal
 * returns. The server confirms the session again as soon as it can be reached; a 401 then sends
 * the user to sign-in as always.
 */
export function RequireSession() {
  const { session, user, expired, forget, online } = useSessionIdentity()
  const location = useLocation()
  const queryClient = useQueryClient()
  const { refetch, isFetching, isError } = session

  useEffect(() => {
    if (forget) forgetSavedIdentity(queryClient)
  }, [forget, queryClient])
  // A tab left open past the limit asks the server again rather than waiting for a page to.
  useEffect(() => {
    if (expired && online && !isFetching && !isError) void refetch()
  }, [expired, online, isFetching, isError, refetch])

  if (user && !forget) {
    return (
      <CurrentUserProvider value={user}>
        <PageOfflineNotice />
        <Outlet />
      </CurrentUserProvider>
    )
  }
  if (user === null) return <Navigate to={signInPathFor(location)} replace />
  // Known to be offline: the session is asked for by itself when the signal returns.
  if (!online || session.fetchStatus === 'paused') {
    return <SignInWhenOnline hours={OFFLINE_IDENTITY_HOURS} />
  }
  if (isError) {
    return (
      <ServiceProblem
        reason={
          waitingForSignal(session)
            ? 'The app could not reach the server to check who you are. You may be offline.'
            : isApiError(session.error)
              ? 'The app could not check who you are.'
              : 'Something unexpected went wrong.'
        }
        onRetry={() => void refetch()}
      />
    )
  }
  return <Loading label="Checking you are signed in" />
}

/**
 * The identity has run out with no server to confirm it: it and the user's saved pages go from
 * this device (memory, and so the saved copy). The session is asked for again, and waits for
 * the signal.
 */
function forgetSavedIdentity(queryClient: QueryClient): void {
  forgetPersonalQueries(queryClient)
  void queryClient.resetQueries({ queryKey: sessionKeys.current(), exact: true })
}
