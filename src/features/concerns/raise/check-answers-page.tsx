import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Link, Navigate, useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { isApiError, type Concern } from '../../../lib/api'
import { requestFrom } from './request-from-answers'
import { concernKeys } from '../../../lib/api/keys'
import { returnedInfo, type CreateConcernVariables } from '../api/create-concern'
import { namesFrom } from '../labels'
import { markOutcomeSeen, watchConcern } from '../outbox/outbox-marks'
import { isUnsaved, useDurability } from '../outbox/durability'
import { FIELD_IDS, mapServerErrors, type ReferenceData } from './validation'
import { useFormErrors } from './use-form-errors'
import { AnswersSummary } from './answers-summary'
import { BackLink } from '../page-parts'
import { FindingsAnnouncement, WhyPersonalDataMatters } from './personal-data-warning'
import { useFieldFindings, type FieldFindings } from './use-field-findings'
import { firstUnanswered, stepHref, stepOf, STEPS } from './steps'
import { isTextField, type AnswerField } from '../answers'
import {
  flagsOf,
  findingErrorsFrom,
  RowFindings,
  unconfirmed,
  withoutFlag,
  type FindingErrors,
} from './check-findings'
import { isUnknownOutcome, type ReturnReason } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'
import type { SentState } from './sent-page'
import { UnknownOutcomeNotice } from './unknown-outcome-notice'
import { useRaiseConcern } from './raise-concern-context'
import { PageTitle } from '../../../components/feedback/page-title'
import { WithReferenceData } from './with-reference-data'

const PAGE_TITLE = 'Check your answers before sending'

/** Storage refused the queued concern: it is in this page's memory only. */
export const NOT_SAVED_ON_DEVICE =
  'Your concern could not be saved on this device because its storage is full. It will be sent when you are back online, but only if you keep this page open until it has gone. Your answers are still here. You can also free up space on this device.'

/**
 * Refusals of what an earlier attempt said, not of who sent it or when: once the earlier version
 * is refused like this it was never stored, and the changed answers may go under a new key.
 */
const REFUSED_AS_WRITTEN: readonly ReturnReason[] = ['invalid', 'refused', 'too-large']

/** 'settle': the earlier attempt sent again as it was, to learn whether it was stored. */
type SendMode = 'send' | 'settle'

/** `/concerns/new/check`: every answer with a way to change it, the confirmation, and Send. */
export function CheckAnswersPage() {
  return (
    <WithReferenceData title={PAGE_TITLE} what="your answers" loading="Loading your answers">
      {(reference) => <CheckAnswers reference={reference} />}
    </WithReferenceData>
  )
}

function CheckAnswers({ reference }: { reference: ReferenceData }) {
  const flow = useRaiseConcern()
  const navigate = useNavigate()
  const create = useMutation<Concern, unknown, CreateConcernVariables>({
    mutationKey: concernKeys.create(),
  })
  const { items, show } = useFormErrors()
  const [attempts, setAttempts] = useState(0)
  const [sending, setSending] = useState<{ key: string; mode: SendMode } | null>(null)
  const sendingKey = sending?.key ?? null
  // Why the last send from this page ended with no answer, if it did.
  const [unknownAfter, setUnknownAfter] = useState<ReturnReason | null>(null)
  // Send pressed: the text is being checked once more before it goes.
  const checkingSend = useRef(false)
  // The text as it will be sent (trimmed), checked as the server will check it.
  const typed = requestFrom(flow.answers)
  const { findings, checkNow } = useFieldFindings(typed)
  // Findings refused on Send (or by the server) that are neither changed nor confirmed yet.
  const [findingErrors, setFindingErrors] = useState<FindingErrors>(
    () => findingErrorsFrom(flow.returned, findings).errors,
  )

  // While this page shows the concern being sent, the banner need not say it too.
  useEffect(() => (sendingKey ? watchConcern(sendingKey) : undefined), [sendingKey])

  // No signal: it is queued. Say so on its own page; it is sent when the app is next online.
  // Unless storage refused it: then only this page holds it, with the answers still on screen.
  useDurability()
  const unsaved = sendingKey !== null && isUnsaved(sendingKey)
  const paused = create.isPaused && sending !== null
  const notSaved = paused && unsaved
  const pausedMode = sending?.mode
  useEffect(() => {
    if (!paused || unsaved) return
    const state: SentState = {
      key: sendingKey,
      ...(pausedMode === 'settle' ? { asFirstWritten: true } : {}),
    }
    void navigate('/concerns/new/sent', { state })
  }, [paused, unsaved, sendingKey, pausedMode, navigate])

  // The answers changed elsewhere (a "Change" link) and are no longer complete.
  const missing = firstUnanswered(flow.answers, reference)
  if (sendingKey === null && missing) return <Navigate to={stepHref(missing.path)} replace />

  // Only the confirmations of findings still in the text go with it.
  const request = requestFrom(flow.answers, flagsOf(findings, flow.overrides))
  const names = namesFrom(reference.divisions, reference.themes, reference.objectives)
  const findingItems = Object.values(findingErrors).map(({ fieldId, summary }) => ({
    fieldId,
    message: summary,
  }))

  const send = (variables: CreateConcernVariables, mode: SendMode) => {
    const key = variables.idempotencyKey
    setSending({ key, mode })
    setUnknownAfter(null)
    create.mutate(variables, {
      onSuccess: (concern) => {
        if (mode === 'send') flow.handOver()
        markOutcomeSeen(key)
        const state: SentState = { key, ...(mode === 'settle' ? { asFirstWritten: true } : {}) }
        void navigate('/concerns/new/sent', { state: { ...state, id: concern.id } })
      },
      onError: (error) => {
        markOutcomeSeen(key)
        setSending(null)
        const info = returnedInfo(error)
        const unknown = isUnknownOutcome(info.reason)
        flow.settleAttempt(unknown)
        if (mode === 'settle' && REFUSED_AS_WRITTEN.includes(info.reason)) {
          // The earlier version was turned down, so it was never stored: now the answers as
          // they are go, under a key of their own.
          return send(
            { idempotencyKey: flow.newAttempt(request), authorId: flow.user.id, request },
            'send',
          )
        }
        flow.setReturned(info)
        setAttempts((n) => n + 1)
        if (unknown) return setUnknownAfter(info.reason)
        if (info.reason === 'invalid') {
          // A finding the server's detector refused shows here, by its row, as the form's own.
          const refused = findingErrorsFrom(info, findings)
          const mapped = mapServerErrors(info.fieldErrors)
          const onPages = (Object.keys(mapped.fields) as AnswerField[]).filter(
            (field) => !(isTextField(field) && refused.fields.has(field)),
          )
          const first = STEPS.find((step) => step.fields.some((f) => onPages.includes(f)))
          if (first) return void navigate(stepHref(first.path))
          setFindingErrors(refused.errors)
          show({}, [...mapped.general, ...refused.unmatched])
        } else {
          show({}, [
            `Your concern has not been sent. ${REASONS[info.reason]}${
              info.message ? ` (${info.message})` : ''
            } Your answers are kept.`,
          ])
        }
      },
    })
    // Queued and saved by now (mutate writes it synchronously): the mutation holds the answers.
    // Settling keeps the changed answers on the shelf: they are not what is being sent; and if
    // storage refused the queued concern, the draft stays too.
    if (mode === 'send' && !isUnsaved(key)) flow.handOver()
    else flow.saveNow()
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (create.isPending || checkingSend.current) return
    checkingSend.current = true
    void checkNow()
      .then((now) => sendChecked(now))
      .finally(() => {
        checkingSend.current = false
      })
  }

  // Each finding is either changed (gone from the text) or confirmed before it goes.
  const sendChecked = (now: FieldFindings) => {
    setAttempts((n) => n + 1)
    const left = unconfirmed(now, flow.overrides)
    setFindingErrors(left)
    show({})
    if (Object.keys(left).length > 0) return
    const checked = requestFrom(flow.answers, flagsOf(now, flow.overrides))
    const plan = flow.planSend(checked)
    const authorId = flow.user.id
    if (plan.kind === 'settle-first') {
      send({ idempotencyKey: plan.key, authorId, request: plan.request }, 'settle')
    } else {
      send({ idempotencyKey: plan.key, authorId, request: checked }, 'send')
    }
  }

  return (
    <div className="app-concerns">
      <PageTitle text={PAGE_TITLE} error={items.length + findingItems.length > 0 || notSaved} />
      <BackLink to={stepHref(STEPS[STEPS.length - 1]?.path ?? 'reply')}>Back</BackLink>
      <ErrorSummary
        errors={[
          ...(notSaved ? [{ message: NOT_SAVED_ON_DEVICE }] : []),
          ...items,
          ...findingItems,
        ]}
        focusKey={notSaved ? 'not-saved' : attempts}
      />
      {sending === null && (unknownAfter !== null || flow.unsettled) && (
        <UnknownOutcomeNotice
          cause={unknownAfter ? REASONS[unknownAfter] : UNKNOWN_OUTCOME.noCause}
          changedSince={!flow.isLastAttempt(request)}
          announce={unknownAfter !== null}
          focusKey={attempts}
        />
      )}
      <h1 className="govuk-heading-l">{PAGE_TITLE}</h1>
      <FindingsAnnouncement findings={findings} fields={['title', 'details', 'location']} />
      <form onSubmit={onSubmit} noValidate>
        <AnswersSummary
          request={request}
          names={names}
          showSubTheme={false}
          changeLink={(field, what) => (
            <Link
              className="govuk-link app-concerns-change-link"
              to={{
                pathname: stepHref(stepOf(field).path),
                search: '?change=1',
                hash: FIELD_IDS[field],
              }}
            >
              Change <span className="govuk-visually-hidden">{what}</span>
            </Link>
          )}
          under={(field) =>
            isTextField(field) ? (
              <RowFindings
                field={field}
                findings={findings[field]}
                overrides={flow.overrides}
                errors={findingErrors}
                onOverride={(flag, on) => {
                  flow.setOverride(flag, on)
                  // Confirmed: its error goes at once.
                  if (on) setFindingErrors((current) => withoutFlag(current, flag))
                }}
              />
            ) : null
          }
        />
        <h2 className="govuk-heading-m">Before you send</h2>
        <p className="govuk-body">
          Your concern goes to the independent chair of the Safeguarding Children Board. It is not a
          referral about a child: for that, call the MASH.
        </p>
        <WhyPersonalDataMatters />
        <button
          type="submit"
          className="govuk-button"
          aria-disabled={create.isPending ? true : undefined}
        >
          {create.isPending ? 'Sending…' : 'Send concern'}
        </button>
        <p className="govuk-body" role="status">
          {notSaved
            ? 'Waiting for a signal. Keep this page open.'
            : progressOf(
                create.isPending,
                create.failureCount,
                create.failureReason,
                sending?.mode,
              )}
        </p>
      </form>
    </div>
  )
}

/** What is happening while it sends: said only when it takes more than one try, or is a check. */
function progressOf(
  pending: boolean,
  failures: number,
  lastFailure: unknown,
  mode: SendMode | undefined,
): string {
  if (!pending) return ''
  if (failures > 0) {
    return isApiError(lastFailure) && lastFailure.isTooManyRequests
      ? 'The server is busy. The app will try again in a moment.'
      : 'No answer yet. The app is trying again.'
  }
  return mode === 'settle' ? 'Checking whether your concern arrived as you first wrote it.' : ''
}
