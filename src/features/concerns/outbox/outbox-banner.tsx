import { type ReactNode } from 'react'
import { Link } from 'react-router'
import { useSession } from '../../../lib/query'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { returnedInfo } from '../api/create-concern'
import { isUnknownOutcome } from '../drafts'
import { REASONS, UNKNOWN_OUTCOME_BANNER } from '../outcome-text'
import { isUnsaved, useDurability } from './durability'
import { isOutcomeSeen, isWatched, markOutcomeSeen, useQueueMarks } from './outbox-marks'
import { pendingOf, useOutbox, type QueuedConcern } from './use-outbox'
import { useKeptConcerns } from './use-kept-concerns'
import './outbox-banner.scss'

/**
 * Shown at the top of every page (mounted by the app layout) while the signed-in councillor has
 * concerns waiting to send, and once when one has gone or come back unsent.
 */
export function OutboxBanner() {
  const session = useSession()
  const user = session.data
  if (!user || user.role !== 'councillor') return null
  return <QueueBanners userId={user.id} />
}

const concerns = (count: number) => (count === 1 ? '1 concern' : `${count} concerns`)

function QueueBanners({ userId }: { userId: string }) {
  const queue = useOutbox(userId)
  useKeptConcerns(userId)
  useQueueMarks()
  useDurability()
  const key = (item: QueuedConcern) => item.variables.idempotencyKey
  const news = (item: QueuedConcern) => !isWatched(key(item)) && !isOutcomeSeen(key(item))
  const pending = pendingOf(queue)
  const paused = pending.filter((item) => item.isPaused)
  const sending = pending.filter((item) => !item.isPaused && !isWatched(key(item)))
  // Storage refused them: they live only as long as the app stays open. The page sending one
  // says so itself while it is open.
  const unsaved = [...paused, ...sending].filter(
    (item) => isUnsaved(key(item)) && !isWatched(key(item)),
  )
  const waiting = paused.filter((item) => !isUnsaved(key(item))).length
  const going = sending.filter((item) => !isUnsaved(key(item))).length
  const sent = queue.filter((item) => item.status === 'success' && news(item))
  const failed = queue.filter((item) => item.status === 'error' && news(item))

  if (paused.length + sending.length + sent.length + failed.length === 0) return null
  return (
    <div className="app-outbox-banner-list">
      {unsaved.length > 0 ? (
        <Banner title="Not saved on this device" variant="failed">
          <p className="govuk-notification-banner__heading">
            {concerns(unsaved.length)} could not be saved on this device
          </p>
          <p className="govuk-body">
            This device’s storage is full.{' '}
            {unsaved.length === 1 ? 'It is waiting to send' : 'They are waiting to send'}, but only
            while the app is open. Keep this page open until the app says{' '}
            {unsaved.length === 1 ? 'it has' : 'they have'} been sent, or free up space on this
            device.
          </p>
        </Banner>
      ) : null}
      {waiting + going > 0 && (
        <Banner title="Waiting to send" variant="waiting">
          <p className="govuk-notification-banner__heading">
            {concerns(waiting + going)} {waiting + going === 1 ? 'is' : 'are'} waiting to send
          </p>
          <p className="govuk-body">
            {waiting === 0
              ? 'Sending now.'
              : waiting + going === 1
                ? 'Saved on this device. It will be sent when you are back online, even if you close the app. Do not sign out until it has gone.'
                : 'Saved on this device. They will be sent when you are back online, even if you close the app. Do not sign out until they have gone.'}
          </p>
        </Banner>
      )}
      {sent.map((item) => (
        <Banner
          key={item.mutationId}
          title="Success"
          variant="success"
          onDismiss={() => markOutcomeSeen(key(item))}
        >
          <p className="govuk-notification-banner__heading">Your concern has been sent</p>
          <p className="govuk-body">
            {item.concern ? (
              <>
                Reference <strong>{item.concern.reference}</strong>.{' '}
                <Link
                  className="govuk-notification-banner__link"
                  to={`/concerns/${encodeURIComponent(item.concern.id)}`}
                  onClick={() => markOutcomeSeen(key(item))}
                >
                  View your concern
                </Link>
              </>
            ) : (
              'It is in My concerns.'
            )}
          </p>
        </Banner>
      ))}
      {failed.map((item) => {
        const { reason } = returnedInfo(item.error)
        const unknown = isUnknownOutcome(reason)
        return (
          <Banner
            key={item.mutationId}
            title={unknown ? 'Not confirmed' : 'Not sent'}
            variant="failed"
            onDismiss={() => markOutcomeSeen(key(item))}
          >
            <p className="govuk-notification-banner__heading">
              {unknown ? UNKNOWN_OUTCOME_BANNER.heading : 'A concern could not be sent'}
            </p>
            <p className="govuk-body">
              {REASONS[reason]} {unknown && `${UNKNOWN_OUTCOME_BANNER.advice} `}Your answers are
              saved on this device.{' '}
              <Link
                className="govuk-notification-banner__link"
                to="/concerns/new"
                onClick={() => markOutcomeSeen(key(item))}
              >
                Check it and send it again
              </Link>
            </p>
          </Banner>
        )
      })}
    </div>
  )
}

function Banner({
  title,
  variant,
  onDismiss,
  children,
}: {
  title: string
  variant: 'waiting' | 'success' | 'failed'
  onDismiss?: () => void
  children: ReactNode
}) {
  return (
    <NotificationBanner
      type={variant === 'success' ? 'success' : 'important'}
      title={title}
      // Outcomes are announced when they happen; the waiting notice is read in page order.
      role={variant === 'waiting' ? 'region' : 'alert'}
      className={`app-outbox-banner app-outbox-banner--${variant}`}
      {...(onDismiss ? { onDismiss } : {})}
    >
      {children}
    </NotificationBanner>
  )
}
