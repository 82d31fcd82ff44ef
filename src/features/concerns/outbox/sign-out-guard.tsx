import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { unsentDraftCount } from '../drafts'
import { outboxKeyQuery } from './outbox-key'
import { pendingOf, useOutbox } from './use-outbox'
import './sign-out-guard.scss'

export interface SignOutGuard {
  /** The sign-out button's onClick: signs out at once, or first warns about unsent concerns. */
  requestSignOut: () => void
  /** The warning, when showing; render it next to the sign-out button. */
  warning: ReactNode
}

const concerns = (count: number) => (count === 1 ? '1 concern' : `${count} concerns`)

/**
 * Signing out deletes what is on this device, including concerns waiting for signal and unsent
 * drafts (they could never be sent as anyone else). So when there are any, the shell asks first,
 * and offers to keep the waiting concerns locked with the councillor's own key (decision 0017):
 * nobody else can open them, and they are sent when that councillor next signs in.
 */
export function useSignOutGuard(userId: string, signOut: () => void): SignOutGuard {
  // Focus goes back to what opened the warning (the sign-out button) if they stay signed in.
  const trigger = useRef<HTMLElement | null>(null)
  const queryClient = useQueryClient()
  const pending = pendingOf(useOutbox(userId)).length
  // Only read here: the outbox banner fetches it while there is signal.
  const { data: key } = useQuery({ ...outboxKeyQuery(userId), enabled: false })
  const [drafts, setDrafts] = useState<number | null>(null)
  const [keepFailed, setKeepFailed] = useState(false)

  const requestSignOut = () => {
    const draftCount = unsentDraftCount(userId)
    if (pending === 0 && draftCount === 0) return signOut()
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setKeepFailed(false)
    setDrafts(draftCount)
  }
  const stay = () => {
    setDrafts(null)
    trigger.current?.focus()
  }
  const keep = key
    ? async () => {
        try {
          const { sealQueued } = await import('./sealing')
          await sealQueued(queryClient, userId, key)
        } catch {
          return setKeepFailed(true)
        }
        setDrafts(null)
        signOut()
      }
    : null
  const warning =
    drafts === null ? null : (
      <SignOutWarning
        queued={pending}
        drafts={drafts}
        onStay={stay}
        onKeep={keep}
        keepFailed={keepFailed}
        onSignOut={() => {
          setDrafts(null)
          signOut()
        }}
      />
    )
  return { requestSignOut, warning }
}

function SignOutWarning({
  queued,
  drafts,
  onStay,
  onKeep,
  keepFailed,
  onSignOut,
}: {
  queued: number
  drafts: number
  onStay: () => void
  /** Null when the councillor's key is not in memory (no signal since the app opened). */
  onKeep: (() => Promise<void>) | null
  keepFailed: boolean
  onSignOut: () => void
}) {
  const headingId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const total = queued + drafts
  const them = queued === 1 ? 'it' : 'them'
  const what = [
    queued > 0 ? `${concerns(queued)} waiting to send` : '',
    drafts > 0 ? `${drafts === 1 ? 'an unsent draft' : `${drafts} unsent drafts`}` : '',
  ]
    .filter(Boolean)
    .join(' and ')
  return (
    <div
      className="app-sign-out-guard"
      role="region"
      aria-labelledby={headingId}
      tabIndex={-1}
      ref={ref}
    >
      <p className="app-sign-out-guard__heading" id={headingId}>
        You have {what} on this device
      </p>
      <p className="app-sign-out-guard__text">
        If you sign out now, {total === 1 ? 'it' : 'they'} will be deleted from this device and
        never sent.
        {queued > 0 && ' Stay signed in until you are back online and the app says it has gone.'}
      </p>
      {queued > 0 && onKeep && (
        <p className="app-sign-out-guard__text">
          Or keep {queued === 1 ? 'the concern' : 'the concerns'} waiting to send on this tablet,
          locked so that nobody else can read {them}. {queued === 1 ? 'It is' : 'They are'} sent
          when you next sign in here with a signal.
          {drafts > 0 && ' Unsent drafts are still deleted.'}
        </p>
      )}
      {queued > 0 && !onKeep && (
        <p className="app-sign-out-guard__text">
          To keep {them} on this tablet, locked, the app needs a signal first. Stay signed in until
          you are back online.
        </p>
      )}
      {keepFailed && (
        <p className="app-sign-out-guard__text app-sign-out-guard__error" role="alert">
          {queued === 1 ? 'The concern' : 'The concerns'} could not be locked on this tablet,
          because its storage is full. You are still signed in and nothing has been deleted.
        </p>
      )}
      <div className="app-sign-out-guard__actions">
        <button type="button" className="govuk-button app-sign-out-guard__button" onClick={onStay}>
          Stay signed in
        </button>
        {queued > 0 && onKeep && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-sign-out-guard__button"
            onClick={() => void onKeep()}
          >
            Keep {them} on this tablet, locked, and send {them} when I next sign in
          </button>
        )}
        <button
          type="button"
          className="govuk-button govuk-button--warning app-sign-out-guard__button"
          onClick={onSignOut}
        >
          Sign out and delete {total === 1 ? 'it' : 'them'}
        </button>
      </div>
    </div>
  )
}
