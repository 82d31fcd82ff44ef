import { CONCERN_TEXT } from '../../../lib/api'
// The kinds alone: the detector's index would bring the language library into the form's chunk.
import { PERSONAL_DATA_MESSAGES, type PersonalDataKind } from '../../../lib/personal-data/kinds'
import type { TextField } from '../answers'
import { plural } from '../labels'
import type { FieldFindings as Findings, PersonalDataMatch } from './use-field-findings'

/** Why a finding matters, in the words the server uses too. */
export const reasonFor = (kind: PersonalDataKind): string => PERSONAL_DATA_MESSAGES[kind]

const findingKey = (finding: PersonalDataMatch) => `${finding.kind}:${finding.match}`

/** Under a field: each thing in it that may identify someone, and why. */
export function FieldFindings({
  field,
  findings,
}: {
  field: TextField
  findings: readonly PersonalDataMatch[] | undefined
}) {
  if (!findings || findings.length === 0) return null
  return (
    <div className="app-concerns-personal-data">
      <p className="app-concerns-personal-data__heading">
        <span className="govuk-visually-hidden">Warning: </span>
        {CONCERN_TEXT[field].what} may identify a child or family
      </p>
      <ul className="govuk-list app-concerns-personal-data__list">
        {findings.map((finding) => (
          <li key={findingKey(finding)}>
            <q className="app-concerns-personal-data__match">{finding.match}</q>:{' '}
            {reasonFor(finding.kind)}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What a screen reader hears, politely, once the check has run on what was typed. */
export function findingsSentence(findings: Findings, fields: readonly TextField[]): string {
  return fields
    .flatMap((field) => {
      const count = findings[field]?.length ?? 0
      return count > 0
        ? [`${plural(count, 'possible identifying detail')} in ${CONCERN_TEXT[field].what}.`]
        : []
    })
    .join(' ')
}

export function FindingsAnnouncement({
  findings,
  fields,
}: {
  findings: Findings
  fields: readonly TextField[]
}) {
  return (
    <p className="govuk-visually-hidden" aria-live="polite">
      {findingsSentence(findings, fields)}
    </p>
  )
}

/** Why the check exists, in the words councillors see before they type. */
export function WhyPersonalDataMatters() {
  return (
    <>
      <p className="govuk-body">
        <strong>Do not include anything that could identify a child or family</strong>: no names,
        addresses or postcodes, dates of birth, phone numbers or email addresses.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Why this matters</span>
        </summary>
        <div className="govuk-details__text">
          Concerns are read by the chair of the Safeguarding Children Board and kept on record.
          Details like these put a family’s privacy at risk, and a worry about a particular child
          belongs with the MASH, who can act on it straight away.
        </div>
      </details>
    </>
  )
}
