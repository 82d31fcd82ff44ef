import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { unsentDraftCount } from '../drafts'
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
 * drafts (they could never be sent as anyone else). So when there are any, the shell asks first.
 */
export function useSignOutGuard(userId: string, signOut: () => void): SignOutGuard {
  // Focus goes back to what opened the warning (the sign-out button) if they stay signed in.
  const trigger = useRef<HTMLElement | null>(null)
  const pending = pendingOf(useOutbox(userId)).length
  const [drafts, setDrafts] = useState<number | null>(null)

  const requestSignOut = () => {
    const draftCount = unsentDraftCount(userId)
    if (pending === 0 && draftCount === 0) return signOut()
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDrafts(draftCount)
  }
  const stay = () => {
    setDrafts(null)
    trigger.current?.focus()
  }
  const warning =
    drafts === null ? null : (
      <SignOutWarning
        queued={pending}
        drafts={drafts}
        onStay={stay}
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
  onSignOut,
}: {
  queued: number
  drafts: number
  onStay: () => void
  onSignOut: () => void
}) {
  const headingId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const total = queued + drafts
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
      <div className="app-sign-out-guard__actions">
        <button type="button" className="govuk-button app-sign-out-guard__button" onClick={onStay}>
          Stay signed in
        </button>
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
