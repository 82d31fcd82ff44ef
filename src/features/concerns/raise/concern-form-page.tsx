import { useEffect, useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import {
  CharacterCount,
  DivisionOptions,
  optionsFrom,
  Radios,
  Select,
  TextInput,
} from '../../../components/form'
import { CONCERN_LIMITS, OTHER_THEME_ID } from '../../../lib/api'
import { NO_SUB_THEME, type AnswerField, type TextField } from '../answers'
import {
  ALREADY_REPORTED_LABELS,
  objectiveLabel,
  OTHER_THEME_TITLE,
  SOURCE_LABELS,
  WANTS_REPLY_LABELS,
} from '../labels'
import { FIELD_IDS, mapServerErrors, validateAnswers, type ReferenceData } from './validation'
import { useFormErrors } from './use-form-errors'
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
  const { errors, items, show } = useFormErrors(() =>
    returned?.reason === 'invalid'
      ? mapServerErrors(returned.fieldErrors)
      : { fields: {}, general: [] },
  )
  const [focusKey, setFocusKey] = useState(0)
  const { findings, checkNow } = usePersonalDataCheck(answers)

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
    show(found)
    setFocusKey((key) => key + 1)
    if (Object.keys(found).length > 0) return
    flow.setReturned(null)
    void navigate('/concerns/new/check')
  }

  const set = (field: AnswerField) => (value: string) => update({ [field]: value })
  // What every question is given: its answer, where to put a change, and its error.
  const question = (field: AnswerField) => ({
    ...QUESTION,
    id: FIELD_IDS[field],
    value: answers[field],
    onChange: set(field),
    error: errors[field],
  })
  // A free-text answer, with the personal-data warning (if any) under it and in its description.
  const textField = (field: TextField) => ({
    ...question(field),
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
          {...question('divisionId')}
          label="Which division is it in?"
          hint="Your own division is chosen already. You can choose any division in the county."
        >
          <option value="">Choose a division</option>
          <DivisionOptions divisions={reference.divisions} />
        </Select>
        <Radios
          {...question('themeId')}
          name="themeId"
          legend="Which risk theme is it closest to?"
          hint="The three challenges named in the Cabinet report (paragraphs 8 to 10). Choose ‘Something else’ if none fits."
          onChange={(themeId) => update({ themeId, subThemeId: '' })}
          options={[
            ...reference.themes.map((theme) => ({
              value: theme.id,
              label: theme.title,
              hint: `Risk theme ${theme.number}`,
              conditional:
                theme.subThemes.length > 0 ? (
                  <Radios
                    {...question('subThemeId')}
                    name="subThemeId"
                    legend="Which part of it? (optional)"
                    labelSize="s"
                    labelIsHeading={false}
                    small
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
          {...question('objectiveId')}
          label="Does it relate to one of the Board’s objectives? (optional)"
          options={[
            { value: '', label: 'None, or not sure' },
            ...reference.objectives.map((o) => ({ value: o.id, label: objectiveLabel(o) })),
          ]}
        />
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
          {...question('source')}
          name="source"
          legend="How did you come to know about it?"
          options={optionsFrom(SOURCE_LABELS)}
        />
        <Radios
          {...question('alreadyReported')}
          name="alreadyReported"
          legend="Has it already been reported to the MASH or the police?"
          options={optionsFrom(ALREADY_REPORTED_LABELS)}
        />
        <Radios
          {...question('wantsReply')}
          name="wantsReply"
          legend="Do you want a reply from the chair?"
          hint="Whatever you choose, you can follow what happens to it in My concerns."
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
    <NotificationBanner title={unknown ? 'Not confirmed' : 'Not sent yet'}>
      <p className="govuk-notification-banner__heading">
        {unknown ? UNKNOWN_OUTCOME.heading : 'This concern has not been sent'}
      </p>
      <p className="govuk-body">
        {REASONS[reason]}{' '}
        {unknown ? UNKNOWN_OUTCOME.sendAgain : 'Check your answers, then send it again.'}
      </p>
    </NotificationBanner>
  )
}
