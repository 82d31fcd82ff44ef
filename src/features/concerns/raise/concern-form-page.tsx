import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import {
  CharacterCount,
  DivisionOptions,
  optionsFrom,
  Radios,
  Select,
  TextInput,
} from '../../../components/form'
import { CONCERN_LIMITS, OTHER_THEME_ID } from '../../../lib/api'
import { NO_SUB_THEME, type Answers, type TextField } from '../answers'
import {
  ALREADY_REPORTED_LABELS,
  objectiveLabel,
  OTHER_THEME_TITLE,
  SOURCE_LABELS,
  WANTS_REPLY_LABELS,
} from '../labels'
import {
  FIELD_IDS,
  mapServerErrors,
  summaryItems,
  validateAnswers,
  type FieldErrors,
  type ReferenceData,
} from './validation'
import { BackLink } from '../page-parts'
import {
  findingCount,
  PersonalDataWarning,
  usePersonalDataCheck,
  WhyPersonalDataMatters,
} from './personal-data-warning'
import { isUnknownOutcome, type ReturnReason } from '../drafts'
import { REASONS } from '../outcome-text'
import { UNKNOWN_OUTCOME } from '../unknown-outcome-text'
import { useRaiseConcern } from './raise-concern-context'
import { PageTitle } from '../../../components/feedback/page-title'
import { WithReferenceData } from './with-reference-data'

const PAGE_TITLE = 'Tell the Board what you noticed'

/** `/concerns/new/details`: the questions, on one page a tablet scrolls through. */
export function ConcernFormPage() {
  return (
    <WithReferenceData
      title={PAGE_TITLE}
      backLink={<BackLink to="/concerns/new">Back</BackLink>}
      what="the lists this form needs"
      loading="Loading the form"
    >
      {(reference) => <ConcernForm reference={reference} />}
    </WithReferenceData>
  )
}

/** Every question on the page is a heading of its own, so a screen reader can move between them. */
const QUESTION = { labelSize: 'm', labelIsHeading: true } as const

function ConcernForm({ reference }: { reference: ReferenceData }) {
  const flow = useRaiseConcern()
  const { answers, update, returned } = flow
  const navigate = useNavigate()
  const location = useLocation()
  const fromServer = useMemo(
    () => (returned?.reason === 'invalid' ? mapServerErrors(returned.fieldErrors) : null),
    [returned],
  )
  const [errors, setErrors] = useState<FieldErrors>(() => fromServer?.fields ?? {})
  const [general, setGeneral] = useState<string[]>(() => fromServer?.general ?? [])
  const [focusKey, setFocusKey] = useState(0)
  const { findings, checkNow } = usePersonalDataCheck(answers)
  const items = summaryItems(errors, general)

  // Arriving from elsewhere: focus the error summary if the server sent errors back, or the
  // field a "Change" link names. Deferred, so it wins over the layout's focus on the heading.
  useEffect(() => {
    const fieldId = decodeURIComponent(location.hash.replace(/^#/, ''))
    const timer = window.setTimeout(() => {
      if (fieldId) document.getElementById(fieldId)?.focus()
      else setFocusKey((key) => key + 1)
    }, 0)
    return () => window.clearTimeout(timer)
  }, [location.hash])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    checkNow()
    const found = validateAnswers(answers, reference)
    setErrors(found)
    setGeneral([])
    setFocusKey((key) => key + 1)
    if (Object.keys(found).length > 0) return
    flow.setReturned(null)
    void navigate('/concerns/new/check')
  }

  const set = (field: keyof Answers) => (value: string) => update({ [field]: value })
  // A free-text answer, with the personal-data warning (if any) under it and in its description.
  const textField = (field: TextField) => ({
    ...QUESTION,
    id: FIELD_IDS[field],
    value: answers[field],
    onChange: set(field),
    error: errors[field],
    afterId: findings[field] ? `${field}-personal-data` : undefined,
    after: <PersonalDataWarning id={`${field}-personal-data`} findings={findings[field]} />,
  })

  const count = findingCount(findings)
  return (
    <div className="app-concerns">
      <PageTitle text={PAGE_TITLE} error={items.length > 0} />
      <BackLink to="/concerns/new">Back</BackLink>
      <ErrorSummary errors={items} focusKey={focusKey} />
      {returned && returned.reason !== 'invalid' && <NotSentNotice reason={returned.reason} />}
      <h1 className="govuk-heading-l">{PAGE_TITLE}</h1>
      <WhyPersonalDataMatters />
      <p className="govuk-visually-hidden" role="status">
        {count === 0
          ? ''
          : `${count === 1 ? 'One thing' : `${count} things`} in your answers may identify a child or family. See the warnings by the fields.`}
      </p>

      <form onSubmit={onSubmit} noValidate>
        <Select
          {...QUESTION}
          id={FIELD_IDS.divisionId}
          label="Which division is it in?"
          hint="Your own division is chosen already. You can choose any division in the county."
          value={answers.divisionId}
          onChange={set('divisionId')}
          error={errors.divisionId}
        >
          <option value="">Choose a division</option>
          <DivisionOptions divisions={reference.divisions} />
        </Select>
        <Radios
          {...QUESTION}
          id={FIELD_IDS.themeId}
          name="themeId"
          legend="Which risk theme is it closest to?"
          hint="The three challenges named in the Cabinet report (paragraphs 8 to 10). Choose ‘Something else’ if none fits."
          value={answers.themeId}
          onChange={(themeId) => update({ themeId, subThemeId: '' })}
          error={errors.themeId}
          options={[
            ...reference.themes.map((theme) => ({
              value: theme.id,
              label: theme.title,
              hint: `Risk theme ${theme.number}`,
              conditional:
                theme.subThemes.length > 0 ? (
                  <Radios
                    id={FIELD_IDS.subThemeId}
                    name="subThemeId"
                    legend="Which part of it? (optional)"
                    labelSize="s"
                    small
                    value={answers.subThemeId}
                    onChange={set('subThemeId')}
                    error={errors.subThemeId}
                    options={[
                      ...theme.subThemes.map((sub) => ({ value: sub.id, label: sub.label })),
                      { value: NO_SUB_THEME, label: 'Not sure, or more than one' },
                    ]}
                  />
                ) : undefined,
            })),
            { value: OTHER_THEME_ID, label: OTHER_THEME_TITLE },
          ]}
        />
        <Select
          {...QUESTION}
          id={FIELD_IDS.objectiveId}
          label="Does it relate to one of the Board’s objectives? (optional)"
          value={answers.objectiveId}
          onChange={set('objectiveId')}
          error={errors.objectiveId}
        >
          <option value="">None, or not sure</option>
          {reference.objectives.map((objective) => (
            <option key={objective.id} value={objective.id}>
              {objectiveLabel(objective)}
            </option>
          ))}
        </Select>
        <TextInput
          {...textField('title')}
          label="Give it a short title"
          hint={`For example, ‘Teenagers gathering near the station late at night’. Up to ${CONCERN_LIMITS.titleMax} characters.`}
          autoComplete="off"
          spellCheck
        />
        <CharacterCount
          {...textField('details')}
          label="What did you notice?"
          hint="What you saw or were told, where and when it tends to happen, and how often. Describe the situation, not the people."
          rows={8}
          maxLength={CONCERN_LIMITS.detailsMax}
        />
        <TextInput
          {...textField('location')}
          label="Where in the division? (optional)"
          hint="In general terms, for example ‘near the town centre’ or ‘on an estate’. Not an address or postcode."
          autoComplete="off"
          spellCheck
        />
        <Radios
          {...QUESTION}
          id={FIELD_IDS.source}
          name="source"
          legend="How did you come to know about it?"
          value={answers.source}
          onChange={set('source')}
          error={errors.source}
          options={optionsFrom(SOURCE_LABELS)}
        />
        <Radios
          {...QUESTION}
          id={FIELD_IDS.alreadyReported}
          name="alreadyReported"
          legend="Has it already been reported to the MASH or the police?"
          value={answers.alreadyReported}
          onChange={set('alreadyReported')}
          error={errors.alreadyReported}
          options={optionsFrom(ALREADY_REPORTED_LABELS)}
        />
        <Radios
          {...QUESTION}
          id={FIELD_IDS.wantsReply}
          name="wantsReply"
          legend="Do you want a reply from the chair?"
          hint="Whatever you choose, you can follow what happens to it in My concerns."
          value={answers.wantsReply}
          onChange={set('wantsReply')}
          error={errors.wantsReply}
          options={optionsFrom(WANTS_REPLY_LABELS)}
        />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </div>
  )
}

function NotSentNotice({ reason }: { reason: ReturnReason }) {
  const unknown = isUnknownOutcome(reason)
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="not-sent-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="not-sent-title">
          {unknown ? 'Not confirmed' : 'Not sent yet'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {unknown ? UNKNOWN_OUTCOME.heading : 'This concern has not been sent'}
        </p>
        <p className="govuk-body">
          {REASONS[reason]}{' '}
          {unknown ? UNKNOWN_OUTCOME.sendAgain : 'Check your answers, then send it again.'}
        </p>
      </div>
    </div>
  )
}
