import { Navigate, Outlet, useLocation } from 'react-router'
// Not the api index: this guard is in the first bundle, the index would add every schema.
import { isApiError } from '../../lib/api/api-error'
import { CurrentUserProvider, useSession } from '../../lib/query'
import { Loading } from '../../components/feedback/loading'
import { ServiceProblem } from '../../components/feedback/service-problem'
import { signInPathFor } from '../../features/session'

/**
 * The pages behind it are for signed-in users. Anyone else goes to sign-in, with the page they
 * asked for kept in `returnTo` so they come back to it.
 */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()

  if (session.data) {
    return (
      <CurrentUserProvider value={session.data}>
        <Outlet />
      </CurrentUserProvider>
    )
  }
  if (session.data === null) return <Navigate to={signInPathFor(location)} replace />
  if (session.isError || session.fetchStatus === 'paused') {
    const offline =
      session.fetchStatus === 'paused' ||
      (isApiError(session.error) && ['network', 'timeout'].includes(session.error.kind))
    return (
      <ServiceProblem
        reason={
          offline
            ? 'The app could not reach the server to check who you are. You may be offline.'
            : 'The app could not check who you are.'
        }
        onRetry={() => void session.refetch()}
      />
    )
  }
  // A screen tall, like the overview's placeholder: most signed-in pages are longer than a screen,
  // so the footer stays out of sight until the page draws, instead of showing and then jumping.
  return (
    <div className="app-page-placeholder">
      <Loading label="Checking you are signed in" />
    </div>
  )
}
