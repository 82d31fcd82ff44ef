import { useQuery } from '@tanstack/react-query'
import { Navigate, useLocation } from 'react-router'
import { Loading } from '../../components/feedback/loading'
import { OverviewPage } from '../../features/board'
import { unreadRepliesQuery } from '../../features/concerns/api/unread-replies'
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
  // The notice goes above the Board's content: shown only once the count is known, it would push
  // that content down as it arrived (a layout shift). Not while paused with no signal.
  const unread = useQuery({ ...unreadRepliesQuery(), enabled: user.role === 'councillor' })
  if (user.role === 'chair' && pathname === '/') return <Navigate to="/review" replace />
  if (user.role === 'councillor' && unread.isPending && unread.fetchStatus === 'fetching') {
    // A screen tall, so the footer starts where the long page will put it: out of sight.
    return (
      <div className="app-page-placeholder">
        <Loading label="Loading the overview" />
      </div>
    )
  }
  return (
    <>
      <UnreadRepliesNotice />
      <OverviewPage />
    </>
  )
}
