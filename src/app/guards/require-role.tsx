import { lazy, Suspense, type ReactNode } from 'react'
import { useOutlet } from 'react-router'
// Direct module imports: this guard is in the first bundle, the api index would add every schema.
import type { Role } from '../../lib/api/schemas/session'
import { useCurrentUser } from '../../lib/query'
import { Loading } from '../../components/feedback/loading'
import { LazyNotFoundPage } from '../pages/not-found'

const Forbidden = lazy(() => import('./forbidden').then((m) => ({ default: m.Forbidden })))

interface RequireRoleProps {
  role: Role
  /** The page; as a route element, leave it out and the matched child route is shown. */
  children?: ReactNode
}

/**
 * Only the given role sees what is behind it; anyone else gets the 403 page, saying whom the page
 * is for and where their own pages are, never a blank screen. The one role check of the routes:
 * /review for the chair, the councillor's concerns pages for councillors. Must sit behind
 * RequireSession. A section whose pages have not shipped yet shows "Page not found" to the role
 * that may see it.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const user = useCurrentUser()
  const outlet = useOutlet()
  if (user.role !== role) {
    return (
      <Suspense fallback={<Loading />}>
        <Forbidden role={role} viewer={user.role} />
      </Suspense>
    )
  }
  return children ?? outlet ?? <LazyNotFoundPage />
}
