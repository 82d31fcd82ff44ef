import { OverviewPage } from '../../features/board'
import { UnreadRepliesNotice } from '../../features/concerns'

/** The overview, with the councillor's unread replies above it (features never import each other). */
export function Component() {
  return (
    <>
      <UnreadRepliesNotice />
      <OverviewPage />
    </>
  )
}
