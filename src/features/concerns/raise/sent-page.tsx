import { useEffect, useRef } from 'react'
import { Link, Navigate, useLocation } from 'react-router'
import { returnedInfo } from '../api/create-concern'
import { markOutcomeSeen, watchConcern } from '../outbox/outbox-marks'
import { useOutbox, type QueuedConcern } from '../outbox/use-outbox'
import { isUnknownOutcome } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'
import { useRaiseConcern } from './raise-concern-context'
import { EmergencyWarning, ParticularChildContacts } from './safeguarding'
import { PageTitle } from '../../../components/feedback/page-title'

export interface SentState {
  key?: unknown
  /** Sent under the key of an unsettled attempt, so as first written, not as changed since. */
  asFirstWritten?: unknown
}

/**
 * `/concerns/new/sent`: the confirmation. A concern queued with no signal shows as waiting, and
 * turns into the confirmation here when it goes (or says it could not be sent).
 */
export function SentPage() {
  const flow = useRaiseConcern()
  const location = useLocation()
  const state = location.state as SentState | null
  const key = typeof state?.key === 'string' ? state.key : null
  const item = useOutbox(flow.user.id).find((i) => i.variables.idempotencyKey === key)
  const { finish } = flow
  const finished = useRef(false)

  // The answers are with the mutation now: the next concern starts afresh.
  useEffect(() => {
    if (finished.current) return
    finished.current = true
    finish()
  }, [finish])
  useEffect(() => (key ? watchConcern(key) : undefined), [key])
  const status = item?.status
  useEffect(() => {
    if (key && (status === 'success' || status === 'error')) markOutcomeSeen(key)
  }, [key, status])

  if (!key || !item) return <Navigate to="/concerns" replace />
  return (
    <div className="app-concerns">
      {item.status === 'success' && item.concern ? (
        <Sent
          reference={item.concern.reference}
          id={item.concern.id}
          wantsReply={item.variables.request.wantsReply}
          asFirstWritten={state?.asFirstWritten === true}
        />
      ) : item.status === 'error' ? (
        <NotSent item={item} />
      ) : (
        <Waiting item={item} />
      )}
    </div>
  )
}

function Sent({
  reference,
  id,
  wantsReply,
  asFirstWritten,
}: {
  reference: string
  id: string
  wantsReply: boolean
  asFirstWritten: boolean
}) {
  return (
    <>
      <PageTitle text="Concern sent" />
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Concern sent</h1>
        <div className="govuk-panel__body">
          Your reference
          <br />
          <strong>{reference}</strong>
        </div>
      </div>
      <p className="govuk-visually-hidden" role="status">
        Your concern has been sent. Your reference is {reference}.
      </p>
      {asFirstWritten && <p className="govuk-inset-text">{UNKNOWN_OUTCOME.sentAsFirstWritten}</p>}
      <WhatHappensNext wantsReply={wantsReply} />
      <ul className="govuk-list app-concerns-next-links">
        <li>
          <Link className="govuk-link app-link-target" to={`/concerns/${encodeURIComponent(id)}`}>
            View your concern
          </Link>
        </li>
        <li>
          <Link className="govuk-link app-link-target" to="/concerns/new">
            Raise another concern
          </Link>
        </li>
        <li>
          <Link className="govuk-link app-link-target" to="/concerns">
            Go to My concerns
          </Link>
        </li>
      </ul>
    </>
  )
}

function WhatHappensNext({ wantsReply }: { wantsReply: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        Your concern goes to the independent chair of the Oxfordshire Safeguarding Children Board,
        who reviews every concern raised in this app.
      </p>
      <p className="govuk-body">
        You can follow it in My concerns: you will see each change to its status
        {wantsReply ? ', and the chair’s reply when there is one' : ''}.
      </p>
      <p className="govuk-body">This is not a referral about a child.</p>
      <ParticularChildContacts />
      <EmergencyWarning />
    </>
  )
}

function Waiting({ item }: { item: QueuedConcern }) {
  return (
    <>
      <PageTitle text="Your concern is waiting to send" />
      <h1 className="govuk-heading-l">Your concern is waiting to send</h1>
      <div className="govuk-inset-text">
        <p className="govuk-body">
          {item.isPaused
            ? 'You seem to have no signal. Your concern is saved on this device and will be sent by itself when you are back online, even if you close the app.'
            : 'Sending it now.'}
        </p>
        <p className="govuk-body">
          <strong>Do not sign out until it has been sent</strong>, unless you choose to keep it
          locked on this tablet when you sign out: otherwise signing out deletes it from this
          device. You will get its reference once it has gone.
        </p>
      </div>
      <WhatHappensNext wantsReply={item.variables.request.wantsReply} />
      <ul className="govuk-list app-concerns-next-links">
        <li>
          <Link className="govuk-link app-link-target" to="/concerns">
            Go to My concerns
          </Link>
        </li>
        <li>
          <Link className="govuk-link app-link-target" to="/">
            Go to the overview
          </Link>
        </li>
      </ul>
    </>
  )
}

function NotSent({ item }: { item: QueuedConcern }) {
  const { reason } = returnedInfo(item.error)
  const heading = isUnknownOutcome(reason)
    ? UNKNOWN_OUTCOME.heading
    : 'Your concern has not been sent'
  return (
    <>
      <PageTitle text={heading} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body" role="alert">
        {REASONS[reason]} {isUnknownOutcome(reason) && `${UNKNOWN_OUTCOME.sendAgain} `}Your answers
        are saved on this device.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link app-link-target" to="/concerns/new">
          Check it and send it again
        </Link>
      </p>
    </>
  )
}
