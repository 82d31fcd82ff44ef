import type { ReactNode } from 'react'
import { useOutlet } from 'react-router'
import type { Role } from '../../lib/api'
import { useCurrentUser } from '../../lib/query'
import { ForbiddenPage, NotFoundPage } from '../../components/feedback/status-pages'

interface RequireRoleProps {
  role: Role
  /** The page; as a route element, leave it out and the matched child route is shown. */
  children?: ReactNode
}

/**
 * Only the given role sees what is behind it; anyone else gets the 403 page, never a blank screen.
 * Must sit behind RequireSession. A section whose pages have not shipped yet shows "Page not found"
 * to the role that may see it.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const user = useCurrentUser()
  const outlet = useOutlet()
  if (user.role !== role) return <ForbiddenPage />
  return children ?? outlet ?? <NotFoundPage />
}
