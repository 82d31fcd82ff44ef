import { useMemo, useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useParams } from 'react-router'
import { ActionConfirmation } from './action-confirmation'
import { ActionSection } from './action-section'
import { useNextConcern } from './next-concern'
import { NextConcernLink } from './next-concern-link'
import {
  divisionsQuery,
  isApiError,
  objectiveListQuery,
  riskThemeListQuery,
  type Concern,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { Loading } from '../../../components/feedback/loading'
import { NotFoundPage } from '../../../components/feedback/status-pages'
import { reviewConcernQuery } from '../api/review-queries'
import { conflictingVersion, isConflict, useUpdateConcern } from '../api/update-concern'
import { PartlyRedactedError, useRedactConcern } from '../api/redact-concern'
import { namesFrom } from '../labels'
import { actionErrorsOf, NO_ERRORS } from './action-errors'
import { ConcernFacts } from './concern-facts'
import { ConflictNotice } from './conflict-notice'
import { NoteForm } from './note-form'
import { ReplyForm } from './reply-form'
import { StatusForm } from './status-form'
import { SampleTag, StatusTag } from '../status-tag'
import { Timeline } from './timeline'
import { actionsFor, changeSummary, conflictDetails } from './status-actions'
import { PersonalDataPanel, type RedactionControls } from './redaction/personal-data-panel'
import { RedactableTextView } from './redaction/redactable-text-view'
import { redactionFailure } from './redaction/redaction-errors'
import {
  placesIn,
  replan,
  requestsFor,
  whereWords,
  type RedactionPlan,
} from './redaction/redaction-plan'
import { RemoveTextPanel } from './redaction/remove-text-panel'
import { useSelectedText } from './redaction/use-selected-text'
import { LoadError } from '../../../components/feedback/load-error'
import { PageTitle } from '../../../components/feedback/page-title'
import '../review.scss'

type Source = 'status' | 'reply' | 'note' | 'redact'

interface Attempt {
  source: Source
  change: UpdateConcernRequest
  /** What to tell the chair once it is saved. */
  done: string
}

/** A change sent with no answer back (network, timeout, 5xx): it may or may not have been made. */
interface Unsettled {
  concernId: string
  /** The change as sent (JSON), to know the chair is sending the same change again. */
  body: string
  idempotencyKey: string
}

type Conflict = (
  ({ kind: 'update' } & Attempt) | { kind: 'redaction'; source: 'redact'; plan: RedactionPlan }
) & {
  /** The concern as the chair saw it when they acted. */
  seen: Concern
  current: Concern
}

const FIELDS_SHOWN: Record<Exclude<Source, 'redact'>, readonly string[]> = {
  status: ['referredTo', 'closeReason'],
  reply: ['reply'],
  note: ['note'],
}

/** The chair's change that was not saved, in words, and whether it still applies. */
function unsavedChange(conflict: Conflict): { lines: string[]; blockedBecause: string | null } {
  if (conflict.kind === 'update') {
    return {
      lines: changeSummary(conflict.change),
      blockedBecause: conflictDetails(conflict.seen, conflict.current, conflict.change)
        .cannotReapplyBecause,
    }
  }
  return {
    lines: [`Remove “${conflict.plan.match}” from ${whereWords(conflict.plan)}`],
    blockedBecause: replan(conflict.plan, conflict.current).reason,
  }
}

/**
 * /review/:id?<the queue's view>: the concern in full, its timeline, and what the chair may do
 * with it; the address keeps the view the chair came from, for "Back" and "Next concern". A fresh
 * page for each concern, so nothing done on one is shown on the next.
 */
export function TriagePage() {
  const { id = '' } = useParams()
  return <ConcernTriage key={id} id={id} />
}

function ConcernTriage({ id }: { id: string }) {
  const { search } = useLocation()
  const next = useNextConcern(id, search)
  const concernQuery = useQuery(reviewConcernQuery(id))
  const divisions = useQuery(divisionsQuery())
  const themes = useQuery(riskThemeListQuery())
  const objectives = useQuery(objectiveListQuery())
  const names = useMemo(() => namesFrom(divisions.data, themes.data), [divisions.data, themes.data])
  const update = useUpdateConcern()
  const redact = useRedactConcern()
  const [selected, forgetSelection] = useSelectedText()
  const [pending, setPending] = useState<{ plan: RedactionPlan; from: string } | null>(null)
  const [redactErrors, setRedactErrors] = useState<{ from: string; messages: string[] } | null>(
    null,
  )

  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [failure, setFailure] = useState<{ source: Source; error: unknown } | null>(null)
  const [done, setDone] = useState<{
    source: Source
    message: string
    count: number
    /** For a removal, the control it was asked from (a kept finding, the selection, typed text). */
    from?: string
  } | null>(null)
  const [opened, setOpened] = useState<Partial<Record<Source, boolean>>>({})
  const [formKeys, setFormKeys] = useState<Record<Source, number>>({
    status: 0,
    reply: 0,
    note: 0,
    redact: 0,
  })
  const [unsettled, setUnsettled] = useState<Unsettled | null>(null)
  const resetForm = (source: Source) =>
    setFormKeys((keys) => ({ ...keys, [source]: keys[source] + 1 }))

  const concern = concernQuery.data

  const send = (attempt: Attempt) => {
    // The version on screen now is the one the change is checked against (If-Match).
    const seen = concern
    if (!seen) return
    setConflict(null)
    setFailure(null)
    setDone(null)
    // The same change sent again after no answer keeps its key: if the first did arrive, the
    // server replays its answer, and the reply or note is never stored twice. Anything else the
    // chair does is a new change, with a new key.
    const body = JSON.stringify(attempt.change)
    const idempotencyKey =
      unsettled?.concernId === seen.id && unsettled.body === body
        ? unsettled.idempotencyKey
        : crypto.randomUUID()
    update.mutate(
      { id: seen.id, expectedVersion: seen.version, change: attempt.change, idempotencyKey },
      {
        onSuccess: () => {
          setUnsettled(null)
          resetForm(attempt.source)
          setDone((previous) => ({
            source: attempt.source,
            message: attempt.done,
            count: (previous?.count ?? 0) + 1,
          }))
        },
        onError: (error) => {
          const unknown = isApiError(error) && error.isTransient
          setUnsettled(unknown ? { concernId: seen.id, body, idempotencyKey } : null)
          const current = conflictingVersion(error)
          if (current) {
            setConflict({ kind: 'update', ...attempt, seen, current })
            return
          }
          setFailure({ source: attempt.source, error })
          // A 412 whose current version could not be read: load the latest to compare with.
          if (isConflict(error)) void concernQuery.refetch()
        },
      },
    )
  }
  const actFrom = (source: Source) => (change: UpdateConcernRequest, message: string) =>
    send({ source, change, done: message })
  const errorsFor = (source: Exclude<Source, 'redact'>) =>
    failure?.source === source ? actionErrorsOf(failure.error, FIELDS_SHOWN[source]) : NO_ERRORS

  /** Removes text for good, once the chair has confirmed; checked against what is on screen. */
  const removeText = (plan: RedactionPlan, from: string) => {
    const seen = concern
    if (!seen) return
    setConflict(null)
    setFailure(null)
    setDone(null)
    setRedactErrors(null)
    redact.mutate(
      { id: seen.id, expectedVersion: seen.version, requests: requestsFor(plan) },
      {
        onSuccess: () => {
          setPending(null)
          forgetSelection()
          resetForm('redact')
          setDone((previous) => ({
            source: 'redact',
            from,
            message: `“${plan.match}” was removed from ${whereWords(plan)}.`,
            count: (previous?.count ?? 0) + 1,
          }))
        },
        onError: (error) => {
          setPending(null)
          const current = conflictingVersion(error)
          if (current) {
            setConflict({ kind: 'redaction', source: 'redact', plan, seen, current })
            setOpened((current) => ({ ...current, redact: true }))
            return
          }
          setRedactErrors({ from, messages: redactionFailure(error, placesIn(plan)) })
          // What is on screen may no longer be what is stored: load it again to show the truth.
          if (!(error instanceof PartlyRedactedError)) void concernQuery.refetch()
        },
      },
    )
  }
  const redaction: RedactionControls = {
    busy: update.isPending || redact.isPending,
    pendingFrom: pending?.from ?? null,
    pendingPlan: pending?.plan ?? null,
    errorsFrom: redactErrors?.from ?? null,
    errors: redactErrors?.messages ?? [],
    ask: (plan, from) => {
      if (plan.parts.length === 0) return
      setRedactErrors(null)
      setPending({ plan, from })
    },
    confirm: () => {
      if (pending && !redact.isPending) removeText(pending.plan, pending.from)
    },
    cancel: () => setPending(null),
  }
  const reapply = (current: Conflict) => {
    if (current.kind === 'update') {
      send(current)
      return
    }
    const again = replan(current.plan, current.current)
    if (again.plan) removeText(again.plan, 'conflict')
  }

  if (concernQuery.isPending && concernQuery.fetchStatus !== 'paused') {
    return <Loading label="Loading the concern" />
  }
  if ((concernQuery.isError || concernQuery.isPending) && !concern) {
    if (isApiError(concernQuery.error) && concernQuery.error.status === 404) return <NotFoundPage />
    return (
      <>
        <PageTitle text="Concern" />
        <h1 className="govuk-heading-l">Concern</h1>
        <LoadError
          what="the concern"
          error={concernQuery.error}
          onRetry={() => void concernQuery.refetch()}
          retrying={concernQuery.isFetching}
          paused={concernQuery.fetchStatus === 'paused'}
        />
      </>
    )
  }
  if (!concern) return null

  const busy = update.isPending || redact.isPending
  const marksFor = (field: 'title' | 'details' | 'location') =>
    concern.personalData.filter((finding) => finding.field === field).map((f) => f.match)
  const canMove = actionsFor(concern.status).length > 0
  // A kept finding removed from its own panel is confirmed there, beside its button.
  const fromFinding = done?.source === 'redact' && (done.from ?? '').startsWith('finding-')
  // Status first while it can change, otherwise the reply; the rest folded until the chair opens
  // them. A selection in the councillor's text opens the removal, where its button is.
  // An action with something to say (done, refused, in conflict) stays open to say it.
  const speaking = (source: Source) =>
    (done?.source === source && !fromFinding) ||
    conflict?.source === source ||
    failure?.source === source
  const isOpen = (source: Source) =>
    opened[source] ??
    (speaking(source) ||
      (source === 'status'
        ? canMove
        : source === 'reply'
          ? !canMove
          : source === 'redact' &&
            (selected !== null || pending !== null || redactErrors !== null)))
  const section = (source: Source, title: string, body: ReactNode) => (
    <ActionSection
      id={`action-${source}`}
      title={title}
      open={isOpen(source)}
      onToggle={(open) => setOpened((current) => ({ ...current, [source]: open }))}
    >
      {conflict?.source === source && (
        <ConflictNotice
          seen={conflict.seen}
          current={conflict.current}
          {...unsavedChange(conflict)}
          busy={busy}
          onReapply={() => reapply(conflict)}
          onDiscard={() => {
            resetForm(conflict.source)
            setConflict(null)
          }}
        />
      )}
      {done?.source === source && !fromFinding && (
        <ActionConfirmation key={done.count} message={done.message}>
          <NextConcernLink next={next} />
        </ActionConfirmation>
      )}
      {body}
    </ActionSection>
  )
  return (
    <div className="app-review app-review-triage">
      <PageTitle text={`${concern.reference}: ${concern.title}`} />
      <div className="app-review-triage__steps">
        <Link className="govuk-back-link app-review__back" to={{ pathname: '/review', search }}>
          Back to the concerns
        </Link>
        <NextConcernLink next={next} />
      </div>

      <span className="govuk-caption-l">{concern.reference}</span>
      <h1 className="app-review-triage__title">
        <RedactableTextView field="title" text={concern.title} marks={marksFor('title')} />
      </h1>
      <p className="app-review-triage__tags">
        <StatusTag status={concern.status} />
        {concern.sample && <SampleTag />}
      </p>

      <div className="app-review-triage__layout">
        <div className="app-review-triage__actions">
          <h2 className="govuk-visually-hidden">What you can do</h2>
          {section(
            'status',
            canMove ? 'Change the status' : 'Status',
            <StatusForm
              key={`status-${formKeys.status}-${concern.status}`}
              concern={concern}
              busy={busy}
              errors={errorsFor('status')}
              onAct={actFrom('status')}
            />,
          )}
          {section(
            'reply',
            'Reply to the councillor',
            <ReplyForm
              key={`reply-${formKeys.reply}`}
              concern={concern}
              busy={busy}
              errors={errorsFor('reply')}
              onAct={actFrom('reply')}
            />,
          )}
          {section(
            'note',
            'Add an internal note',
            <NoteForm
              key={`note-${formKeys.note}`}
              busy={busy}
              errors={errorsFor('note')}
              onAct={actFrom('note')}
            />,
          )}
          {section(
            'redact',
            'Remove identifying details',
            <RemoveTextPanel
              key={`redact-${formKeys.redact}`}
              concern={concern}
              selected={selected}
              controls={redaction}
            />,
          )}
        </div>
        <div className="app-review-triage__record">
          {done && fromFinding && (
            <ActionConfirmation key={done.count} message={done.message}>
              <NextConcernLink next={next} />
            </ActionConfirmation>
          )}
          <PersonalDataPanel concern={concern} controls={redaction} />
          <h2 className="govuk-heading-m">What the councillor sent</h2>
          <ConcernFacts
            concern={concern}
            names={names}
            objectives={objectives.data}
            marks={{ details: marksFor('details'), location: marksFor('location') }}
          />
          <h2 className="govuk-heading-m" id="timeline-heading">
            Timeline
          </h2>
          <Timeline events={concern.events} />
        </div>
      </div>
    </div>
  )
}
