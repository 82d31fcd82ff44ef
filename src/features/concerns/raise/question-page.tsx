import { useEffect, useEffectEvent, useState, type FormEvent, type ReactNode } from 'react'
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { PageTitle } from '../../../components/feedback/page-title'
import type { AnswerField, Answers, TextField } from '../answers'
import type { ReturnedInfo } from '../drafts'
import { BackLink } from '../page-parts'
import { NotSentNotice } from './not-sent-notice'
import { FieldFindings, FindingsAnnouncement } from './personal-data-warning'
import { useRaiseConcern } from './raise-concern-context'
import {
  CHECK_PATH,
  firstUnanswered,
  stepHref,
  stepIndex,
  STEPS,
  type Step,
  type StepPath,
} from './steps'
import { capText, notKeptMessage, TEXT_CAPS, type CappedText } from './text-cap'
import { useFieldFindings } from './use-field-findings'
import { useFormErrors } from './use-form-errors'
import {
  errorsOf,
  FIELD_IDS,
  mapServerErrors,
  validateAnswers,
  type ReferenceData,
} from './validation'
import { WithReferenceData } from './with-reference-data'

/** What a question page's questions are given: their answers, and where to put a change. */
export interface QuestionKit {
  answers: Answers
  reference: ReferenceData
  update: (changes: Partial<Answers>) => void
  /** A question's id, value, change handler and error. */
  question: (field: AnswerField) => {
    id: string
    value: string
    onChange: (value: string) => void
    error: string | undefined
  }
  /** A free-text question: capped, with what may identify someone marked under it. */
  textField: (field: TextField) => ReturnType<QuestionKit['question']> & {
    afterId: string | undefined
    after: ReactNode
  }
}

/**
 * One of the question pages (`/concerns/new/where`, `…/theme`, …): its questions, an error
 * summary for them alone, Back to the page before and Continue to the next (or, reached by a
 * "Change" link with `?change=1`, back to check answers).
 */
export function QuestionPage({
  path,
  intro,
  children,
}: {
  path: StepPath
  intro?: ReactNode
  children: (kit: QuestionKit) => ReactNode
}) {
  const step = STEPS[stepIndex(path)] as Step
  const [params] = useSearchParams()
  const changing = params.get('change') === '1'
  const back = changing ? CHECK_PATH : previousHref(path)
  return (
    <WithReferenceData
      title={step.title}
      backLink={<BackLink to={back}>Back</BackLink>}
      what="the lists this form needs"
      loading="Loading the form"
    >
      {(reference) => (
        <StepForm step={step} reference={reference} changing={changing} back={back} intro={intro}>
          {children}
        </StepForm>
      )}
    </WithReferenceData>
  )
}

const previousHref = (path: StepPath): string => {
  const before = STEPS[stepIndex(path) - 1]
  return before ? stepHref(before.path) : '/concerns/new'
}

function StepForm({
  step,
  reference,
  changing,
  back,
  intro,
  children,
}: {
  step: Step
  reference: ReferenceData
  changing: boolean
  back: string
  intro: ReactNode
  children: (kit: QuestionKit) => ReactNode
}) {
  const flow = useRaiseConcern()
  const { answers, returned } = flow
  const navigate = useNavigate()
  const location = useLocation()
  // The server's refusal of these answers, if that is why they are back here.
  const { errors, items, show, clear } = useFormErrors(() => {
    if (returned?.reason !== 'invalid') return { fields: {}, general: [] }
    const mapped = mapServerErrors(returned.fieldErrors)
    return { fields: errorsOf(mapped.fields, step.fields), general: mapped.general }
  })
  const [focusKey, setFocusKey] = useState(0)
  const [notKept, setNotKept] = useState<Partial<Record<TextField, CappedText>>>({})
  const texts = step.fields.filter((f): f is TextField => f in TEXT_CAPS)
  const { findings, checkNow } = useFieldFindings(answers, texts)

  // Arriving from a "Change" link that names a field (…#details): focus it. Deferred, so it wins
  // over the layout's focus on the heading; otherwise the summary of the server's errors.
  useEffect(() => {
    const fieldId = decodeURIComponent(location.hash.replace(/^#/, ''))
    const timer = window.setTimeout(() => {
      if (fieldId) document.getElementById(fieldId)?.focus()
      else setFocusKey((key) => key + 1)
    }, 0)
    return () => window.clearTimeout(timer)
  }, [location.hash])

  const update = (changes: Partial<Answers>) => {
    flow.update(changes)
    // An error goes as soon as it is put right, not only on the next Continue.
    const now = validateAnswers({ ...answers, ...changes }, reference)
    for (const field of Object.keys(changes) as AnswerField[]) {
      if (!now[field]) clear(field)
    }
    if ('themeId' in changes && !now.subThemeId) clear('subThemeId')
  }

  const changeText = (field: TextField, value: string) => {
    const capped = capText(value, TEXT_CAPS[field])
    setNotKept((current) => ({ ...current, [field]: capped.dropped > 0 ? capped : undefined }))
    update({ [field]: capped.text })
  }

  // A paste longer than the field keeps is cut before the browser puts it in the field: laying
  // out a megabyte in a text box alone blocks the page for a quarter of a second.
  const onLongInput = useEffectEvent(changeText)
  const textKey = texts.join()
  useEffect(() => {
    const fields = textKey === '' ? [] : (textKey.split(',') as TextField[])
    const stops = fields.map((field) => {
      const element = document.getElementById(FIELD_IDS[field])
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
        return () => undefined
      }
      const onBeforeInput = (event: Event) => {
        if (!(event instanceof InputEvent)) return
        const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? ''
        if (data.length <= TEXT_CAPS[field]) return
        event.preventDefault()
        const start = element.selectionStart ?? element.value.length
        const end = element.selectionEnd ?? start
        onLongInput(field, element.value.slice(0, start) + data + element.value.slice(end))
      }
      element.addEventListener('beforeinput', onBeforeInput)
      return () => element.removeEventListener('beforeinput', onBeforeInput)
    })
    return () => stops.forEach((stop) => stop())
  }, [textKey])

  // Opened directly with an earlier page unanswered: that page first.
  const missing = firstUnanswered(answers, reference, step.path)
  if (missing) return <Navigate to={stepHref(missing.path)} replace />

  const question = (field: AnswerField) => ({
    id: FIELD_IDS[field],
    value: answers[field],
    onChange: (value: string) => update({ [field]: value }),
    error: errors[field],
  })

  const textField = (field: TextField) => {
    const found = findings[field]
    const kept = notKept[field]
    return {
      ...question(field),
      onChange: (value: string) => changeText(field, value),
      afterId: found?.length || kept ? `${FIELD_IDS[field]}-after` : undefined,
      after: (
        <div id={`${FIELD_IDS[field]}-after`}>
          {kept && <NotKeptMessage field={field} capped={kept} />}
          <FieldFindings field={field} findings={found} />
        </div>
      ),
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    // What they go on with is checked as it is (the next pages show it again).
    void checkNow()
    const found = errorsOf(validateAnswers(answers, reference), step.fields)
    show(found)
    setFocusKey((key) => key + 1)
    if (Object.keys(found).length > 0) return
    // Why it came back is answered, but the server's refusals of later pages wait for them there.
    if (returned) {
      flow.setReturned(returned.reason === 'invalid' ? withoutFields(returned, step.fields) : null)
    }
    // Each page's answers are kept on the device as soon as it is done.
    flow.saveNow()
    const next = STEPS[stepIndex(step.path) + 1]
    void navigate(changing || !next ? CHECK_PATH : stepHref(next.path))
  }

  return (
    <div className="app-concerns">
      <PageTitle text={step.title} error={items.length > 0} />
      <BackLink to={back}>Back</BackLink>
      <ErrorSummary errors={items} focusKey={focusKey} />
      {returned && returned.reason !== 'invalid' && <NotSentNotice reason={returned.reason} />}
      <h1 className="govuk-heading-l">{step.title}</h1>
      {intro}
      <FindingsAnnouncement findings={findings} fields={texts} />
      <form onSubmit={onSubmit} noValidate>
        {children({ answers, reference, update, question, textField })}
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </div>
  )
}

function withoutFields(
  returned: ReturnedInfo,
  fields: readonly AnswerField[],
): ReturnedInfo | null {
  const left = Object.entries(returned.fieldErrors).filter(
    ([field]) => !(fields as readonly string[]).includes(field) && field in FIELD_IDS,
  )
  return left.length > 0 ? { ...returned, fieldErrors: Object.fromEntries(left) } : null
}

function NotKeptMessage({ field, capped }: { field: TextField; capped: CappedText }) {
  return (
    <p className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {notKeptMessage(field, capped)}
    </p>
  )
}
