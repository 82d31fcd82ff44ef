import { useEffect, useState, type FormEvent } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Link, Navigate, useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { Checkbox } from '../../../components/form'
import { CONCERN_MESSAGES, CONCERN_TEXT, isApiError, type Concern } from '../../../lib/api'
import { requestFrom } from './request-from-answers'
import { concernKeys } from '../../../lib/api/keys'
import { returnedInfo, type CreateConcernVariables } from '../api/create-concern'
import { namesFrom } from '../labels'
import { markOutcomeSeen, watchConcern } from '../outbox/outbox-marks'
import { FIELD_IDS, mapServerErrors, validateAnswers, type ReferenceData } from './validation'
import { useFormErrors } from './use-form-errors'
import { TEXT_FIELDS } from '../answers'
import { AnswersSummary } from './answers-summary'
import { BackLink } from '../page-parts'
import { findingCount, PersonalDataWarning, usePersonalDataCheck } from './personal-data-warning'
import { isUnknownOutcome, type ReturnReason } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'
import type { SentState } from './sent-page'
import { UnknownOutcomeNotice } from './unknown-outcome-notice'
import { useRaiseConcern } from './raise-concern-context'
import { PageTitle } from '../../../components/feedback/page-title'
import { WithReferenceData } from './with-reference-data'

const PAGE_TITLE = 'Check your answers before sending'

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
  const { errors, items, show } = useFormErrors()
  const [attempts, setAttempts] = useState(0)
  const [sending, setSending] = useState<{ key: string; mode: SendMode } | null>(null)
  const sendingKey = sending?.key ?? null
  // Why the last send from this page ended with no answer, if it did.
  const [unknownAfter, setUnknownAfter] = useState<ReturnReason | null>(null)
  const { findings } = usePersonalDataCheck(flow.answers)

  // While this page shows the concern being sent, the banner need not say it too.
  useEffect(() => (sendingKey ? watchConcern(sendingKey) : undefined), [sendingKey])

  // No signal: it is queued. Say so on its own page; it is sent when the app is next online.
  const paused = create.isPaused && sending !== null
  const pausedMode = sending?.mode
  useEffect(() => {
    if (!paused) return
    const state: SentState = {
      key: sendingKey,
      ...(pausedMode === 'settle' ? { asFirstWritten: true } : {}),
    }
    void navigate('/concerns/new/sent', { state })
  }, [paused, sendingKey, pausedMode, navigate])

  // The answers changed elsewhere (a "Change" link) and are no longer complete.
  if (sendingKey === null && Object.keys(validateAnswers(flow.answers, reference)).length > 0) {
    return <Navigate to="/concerns/new/details" replace />
  }

  const request = requestFrom(flow.answers)
  const names = namesFrom(reference.divisions, reference.themes, reference.objectives)
  const theme = reference.themes.find((t) => t.id === request.themeId)
  const count = findingCount(findings)

  const send = (variables: CreateConcernVariables, mode: SendMode) => {
    const key = variables.idempotencyKey
    setSending({ key, mode })
    setUnknownAfter(null)
    // Settling keeps the changed answers on the shelf: they are not what is being sent.
    if (mode === 'send') flow.handOver()
    else flow.saveNow()
    create.mutate(variables, {
      onSuccess: (concern) => {
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
          const mapped = mapServerErrors(info.fieldErrors)
          const onForm = Object.keys(mapped.fields).some((f) => f !== 'personalDataConfirmed')
          if (onForm) return void navigate('/concerns/new/details')
          show(mapped.fields, mapped.general)
        } else {
          show({}, [
            `Your concern has not been sent. ${REASONS[info.reason]}${
              info.message ? ` (${info.message})` : ''
            } Your answers are kept.`,
          ])
        }
      },
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (create.isPending) return
    setAttempts((n) => n + 1)
    if (!flow.confirmed) return show({ personalDataConfirmed: CONCERN_MESSAGES.confirmMissing })
    show({})
    const plan = flow.planSend(request)
    const authorId = flow.user.id
    if (plan.kind === 'settle-first') {
      send({ idempotencyKey: plan.key, authorId, request: plan.request }, 'settle')
    } else {
      send({ idempotencyKey: plan.key, authorId, request }, 'send')
    }
  }

  return (
    <div className="app-concerns">
      <PageTitle text={PAGE_TITLE} error={items.length > 0} />
      <BackLink to="/concerns/new/details">Back</BackLink>
      <ErrorSummary errors={items} focusKey={attempts} />
      {sending === null && (unknownAfter !== null || flow.unsettled) && (
        <UnknownOutcomeNotice
          cause={unknownAfter ? REASONS[unknownAfter] : UNKNOWN_OUTCOME.noCause}
          changedSince={!flow.isLastAttempt(request)}
          announce={unknownAfter !== null}
          focusKey={attempts}
        />
      )}
      <h1 className="govuk-heading-l">{PAGE_TITLE}</h1>
      <AnswersSummary
        request={request}
        names={names}
        showSubTheme={(theme?.subThemes.length ?? 0) > 0}
        changeLink={(field, what) => (
          <Link
            className="govuk-link app-concerns-change-link"
            to={{ pathname: '/concerns/new/details', hash: FIELD_IDS[field] }}
          >
            Change<span className="govuk-visually-hidden"> {what}</span>
          </Link>
        )}
      />

      {count > 0 && (
        <section className="app-concerns-check-findings" aria-labelledby="findings-heading">
          <h2 className="govuk-heading-m" id="findings-heading">
            Check these before you send
          </h2>
          {TEXT_FIELDS.map((field) =>
            findings[field] ? (
              <div key={field}>
                <h3 className="govuk-heading-s">{CONCERN_TEXT[field].what}</h3>
                <PersonalDataWarning id={`${field}-check-findings`} findings={findings[field]} />
                <p className="govuk-body">
                  <Link
                    className="govuk-link app-link-target"
                    to={{ pathname: '/concerns/new/details', hash: FIELD_IDS[field] }}
                  >
                    Change it<span className="govuk-visually-hidden"> ({field})</span>
                  </Link>
                </p>
              </div>
            ) : null,
          )}
        </section>
      )}

      <form onSubmit={onSubmit} noValidate>
        <h2 className="govuk-heading-m">Before you send</h2>
        <p className="govuk-body">
          Your concern goes to the independent chair of the Safeguarding Children Board. It is not a
          referral about a child: for that, call the MASH.
        </p>
        <Checkbox
          id={FIELD_IDS.personalDataConfirmed}
          label="I have removed names, addresses, postcodes, dates of birth, phone numbers and anything else that could identify a child or family"
          checked={flow.confirmed}
          onChange={flow.setConfirmed}
          error={errors.personalDataConfirmed}
        />
        <button
          type="submit"
          className="govuk-button"
          aria-disabled={create.isPending ? true : undefined}
        >
          {create.isPending ? 'Sending…' : 'Send concern'}
        </button>
        <p className="govuk-body" role="status">
          {progressOf(create.isPending, create.failureCount, create.failureReason, sending?.mode)}
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
