import type { ReactNode } from 'react'
import type { Concern, Objective } from '../../../lib/api'
import { ALREADY_REPORTED_LABELS, formatDateTime, SOURCE_LABELS, type Names } from '../labels'
import { StatusTag } from '../status-tag'
import { RedactableTextView } from './redaction/redactable-text-view'

/** What the councillor sent, as a GOV.UK summary list. Their words are shown as plain text. */
export function ConcernFacts({
  concern,
  names,
  objectives,
  marks,
}: {
  concern: Concern
  names: Names
  objectives: readonly Objective[] | undefined
  /** The findings the councillor kept, highlighted in the text they are in. */
  marks?: { details: readonly string[]; location: readonly string[] }
}) {
  const subTheme = names.subTheme(concern.themeId, concern.subThemeId)
  const found = objectives?.find((o) => o.id === concern.objectiveId)
  const objective = found
    ? `Objective ${found.number}: ${found.shortTitle}`
    : (concern.objectiveId ?? null)
  const rows: [string, ReactNode][] = [
    ['Status', <StatusTag key="status" status={concern.status} />],
    ['Reference', concern.reference],
    ['Raised', `${formatDateTime(concern.createdAt)} by ${concern.author.name}`],
    ['Division', names.division(concern.divisionId)],
    [
      'Risk theme',
      subTheme ? `${names.theme(concern.themeId)}: ${subTheme}` : names.theme(concern.themeId),
    ],
    ['Related objective', objective ?? 'None given'],
    [
      'What they noticed',
      <RedactableTextView
        key="details"
        field="details"
        text={concern.details}
        marks={marks?.details ?? []}
      />,
    ],
    [
      'Where in the division',
      concern.location ? (
        <RedactableTextView
          key="location"
          field="location"
          text={concern.location}
          marks={marks?.location ?? []}
        />
      ) : (
        'Not given'
      ),
    ],
    ['How they came to know', SOURCE_LABELS[concern.source]],
    ['Already reported to the MASH or police', ALREADY_REPORTED_LABELS[concern.alreadyReported]],
    [
      'Wants a reply',
      concern.wantsReply ? (concern.awaitingReply ? 'Yes, not sent yet' : 'Yes, replied') : 'No',
    ],
  ]
  return (
    <dl className="govuk-summary-list app-review-facts">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
