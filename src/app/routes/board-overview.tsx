import { Navigate, useLocation } from 'react-router'
import { OverviewPage } from '../../features/board'
// Its own module, not the feature's first-bundle index: it loads with the overview, not the shell.
import { UnreadRepliesNotice } from '../../features/concerns/mine/unread-replies-notice'
import { useCurrentUser } from '../../lib/query'

/**
 * The overview, with the councillor's unread replies above it (features never import each other).
 * At `/` the chair lands on the queue instead, their work; /overview is their overview.
 */
export function Component() {
  const user = useCurrentUser()
  const { pathname } = useLocation()
  if (user.role === 'chair' && pathname === '/') return <Navigate to="/review" replace />
  return (
    <>
      <UnreadRepliesNotice />
      <OverviewPage />
    </>
  )
}
