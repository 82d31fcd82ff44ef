import type { ReactNode } from 'react'
import type { CreateConcernRequest } from '../../../lib/api'
import type { AnswerField } from '../answers'
import { ALREADY_REPORTED_LABELS, SOURCE_LABELS, type Names } from '../labels'

interface Row {
  field: AnswerField
  key: string
  value: ReactNode
}

/** The text as typed, line breaks kept; React escapes it, so any text shows as text. */
export function MultilineText({ text }: { text: string }) {
  return <span className="app-concerns-multiline">{text}</span>
}

/**
 * What was (or will be) sent, as a GOV.UK summary list. Used by check answers (with "Change"
 * links) and by a concern's page (without).
 */
export function AnswersSummary({
  request,
  names,
  changeLink,
  under,
  showSubTheme = true,
}: {
  request: Omit<CreateConcernRequest, 'personalDataConfirmed' | 'personalDataOverrides'>
  names: Names
  /** The "Change" link for a field, on check answers. */
  changeLink?: (field: AnswerField, what: string) => ReactNode
  /** What goes under an answer, e.g. what in it may identify someone. */
  under?: (field: AnswerField) => ReactNode
  /** For a concern filed under a sub-theme the form no longer offers: the report's words too. */
  showSubTheme?: boolean
}) {
  const about = names.about(request.themeId, request.subThemeId)
  const theme = names.theme(request.themeId)
  // In the order the question pages ask.
  const rows: Row[] = [
    { field: 'divisionId', key: 'Division', value: names.division(request.divisionId) },
    {
      field: 'location',
      key: 'Where in the division',
      value: request.location ? <MultilineText text={request.location} /> : 'Not given',
    },
    {
      field: 'themeId',
      key: 'What it is about',
      value:
        about === theme ? (
          about
        ) : (
          <>
            {about}
            <span className="app-concerns-filed-under">Risk theme: {theme}</span>
          </>
        ),
    },
    ...(showSubTheme && about === theme && request.subThemeId !== null
      ? [
          {
            field: 'subThemeId' as const,
            key: 'Part of the theme',
            value: names.subTheme(request.themeId, request.subThemeId),
          },
        ]
      : []),
    { field: 'title', key: 'Title', value: <MultilineText text={request.title} /> },
    { field: 'details', key: 'What you noticed', value: <MultilineText text={request.details} /> },
    { field: 'source', key: 'How you came to know', value: SOURCE_LABELS[request.source] },
    {
      field: 'alreadyReported',
      key: 'Already reported to the MASH or police',
      value: ALREADY_REPORTED_LABELS[request.alreadyReported],
    },
    { field: 'wantsReply', key: 'Reply wanted', value: request.wantsReply ? 'Yes' : 'No' },
    {
      field: 'objectiveId',
      key: 'Related objective',
      value: names.objective(request.objectiveId) ?? 'None, or not sure',
    },
  ]
  return (
    <dl className="govuk-summary-list app-answers">
      {rows.map((row) => (
        <div
          key={row.field}
          className={`govuk-summary-list__row${changeLink ? '' : ' govuk-summary-list__row--no-actions'}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">
            {row.value}
            {under?.(row.field)}
          </dd>
          {changeLink && (
            <dd className="govuk-summary-list__actions">
              {changeLink(row.field, row.key.toLowerCase())}
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}
