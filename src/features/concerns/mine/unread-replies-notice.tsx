import { Link } from 'react-router'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { useCurrentUser } from '../../../lib/query'
import { useUnreadReplies } from '../api/unread-replies'

/**
 * On the overview, for a councillor with replies from the chair they have not opened. Goes when
 * they have read them (the count refreshes with the read receipt). Nothing for the chair.
 */
export function UnreadRepliesNotice() {
  const user = useCurrentUser()
  const unread = useUnreadReplies(user.role)
  if (unread === 0) return null
  return (
    <NotificationBanner title="Replies from the chair">
      <p className="govuk-notification-banner__heading">
        You have {unread} unread {unread === 1 ? 'reply' : 'replies'} from the chair.{' '}
        <Link className="govuk-notification-banner__link app-link-target" to="/concerns">
          Read {unread === 1 ? 'it' : 'them'} in My concerns
        </Link>
      </p>
    </NotificationBanner>
  )
}
