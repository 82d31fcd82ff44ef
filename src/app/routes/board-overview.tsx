import { OverviewPage } from '../../features/board'
// Its own module, not the feature's first-bundle index: it loads with the overview, not the shell.
import { UnreadRepliesNotice } from '../../features/concerns/mine/unread-replies-notice'

/** The overview, with the councillor's unread replies above it (features never import each other). */
export function Component() {
  return (
    <>
      <UnreadRepliesNotice />
      <OverviewPage />
    </>
  )
}
