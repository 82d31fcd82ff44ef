import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { Loading } from '../../../components/feedback/loading'
import { CONCERN_LIMITS, OTHER_THEME_ID, type Division } from '../../../lib/api'
import { NO_SUB_THEME, type Answers } from '../answers'
import { useReferenceData } from '../api/use-reference-data'
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
import { CharacterCount, Radios, Select, TextInput } from './fields'
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
import { LoadError } from '../../../components/feedback/load-error'
import { PageTitle } from '../../../components/feedback/page-title'

const PAGE_TITLE = 'Tell the Board what you noticed'

/** `/concerns/new/details`: the questions, on one page a tablet scrolls through. */
export function ConcernFormPage() {
  const reference = useReferenceData()
  if (!reference.data) {
    return (
      <div className="app-concerns">
        <PageTitle text={PAGE_TITLE} />
        <BackLink to="/concerns/new">Back</BackLink>
        <h1 className="govuk-heading-l">{PAGE_TITLE}</h1>
        {reference.isError ? (
          <LoadError
            what="the lists this form needs"
            error={reference.error}
            onRetry={reference.refetch}
            retrying={reference.isFetching}
          />
        ) : (
          <Loading label="Loading the form" />
        )}
      </div>
    )
  }
  return <ConcernForm reference={reference.data} />
}

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
        <DivisionSelect
          divisions={reference.divisions}
          value={answers.divisionId}
          onChange={set('divisionId')}
          error={errors.divisionId}
        />
        <Radios
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
                    legendAsHeading={false}
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
          id={FIELD_IDS.title}
          label="Give it a short title"
          hint={`For example, ‘Teenagers gathering near the station late at night’. Up to ${CONCERN_LIMITS.titleMax} characters.`}
          value={answers.title}
          onChange={set('title')}
          error={errors.title}
          afterId={findings.title ? 'title-personal-data' : undefined}
          after={<PersonalDataWarning id="title-personal-data" findings={findings.title} />}
        />
        <CharacterCount
          id={FIELD_IDS.details}
          label="What did you notice?"
          hint="What you saw or were told, where and when it tends to happen, and how often. Describe the situation, not the people."
          value={answers.details}
          onChange={set('details')}
          error={errors.details}
          maxLength={CONCERN_LIMITS.detailsMax}
          afterId={findings.details ? 'details-personal-data' : undefined}
          after={<PersonalDataWarning id="details-personal-data" findings={findings.details} />}
        />
        <TextInput
          id={FIELD_IDS.location}
          label="Where in the division? (optional)"
          hint="In general terms, for example ‘near the town centre’ or ‘on an estate’. Not an address or postcode."
          value={answers.location}
          onChange={set('location')}
          error={errors.location}
          afterId={findings.location ? 'location-personal-data' : undefined}
          after={<PersonalDataWarning id="location-personal-data" findings={findings.location} />}
        />
        <Radios
          id={FIELD_IDS.source}
          name="source"
          legend="How did you come to know about it?"
          value={answers.source}
          onChange={set('source')}
          error={errors.source}
          options={Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Radios
          id={FIELD_IDS.alreadyReported}
          name="alreadyReported"
          legend="Has it already been reported to the MASH or the police?"
          value={answers.alreadyReported}
          onChange={set('alreadyReported')}
          error={errors.alreadyReported}
          options={Object.entries(ALREADY_REPORTED_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
        />
        <Radios
          id={FIELD_IDS.wantsReply}
          name="wantsReply"
          legend="Do you want a reply from the chair?"
          hint="Whatever you choose, you can follow what happens to it in My concerns."
          value={answers.wantsReply}
          onChange={set('wantsReply')}
          error={errors.wantsReply}
          options={Object.entries(WANTS_REPLY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
    </div>
  )
}

function DivisionSelect({
  divisions,
  value,
  onChange,
  error,
}: {
  divisions: readonly Division[]
  value: string
  onChange: (value: string) => void
  error: string | undefined
}) {
  const byDistrict = useMemo(() => {
    const groups = new Map<string, Division[]>()
    for (const division of [...divisions].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))) {
      groups.set(division.district, [...(groups.get(division.district) ?? []), division])
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
  }, [divisions])
  return (
    <Select
      id={FIELD_IDS.divisionId}
      label="Which division is it in?"
      hint="Your own division is chosen already. You can choose any division in the county."
      value={value}
      onChange={onChange}
      error={error}
    >
      <option value="">Choose a division</option>
      {byDistrict.map(([district, list]) => (
        <optgroup key={district} label={district}>
          {list.map((division) => (
            <option key={division.id} value={division.id}>
              {division.name}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
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
