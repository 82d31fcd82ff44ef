import { Checkbox } from '../../../components/form'
import { CONCERN_MESSAGES, CONCERN_TEXT, type PersonalDataFlag } from '../../../lib/api'
import { isTextField, type TextField } from '../answers'
import type { ReturnedInfo } from '../drafts'
import { FieldFindings } from './personal-data-warning'
import { sameFlag } from './raise-concern-context'
import type { FieldFindings as Findings, PersonalDataMatch } from './use-field-findings'
import { FIELD_IDS } from './validation'

/**
 * A finding refused on Send, by its flag: the checkbox it links to, what it says by the box, and
 * in the summary (with its field: one name can be in two answers).
 */
export type FindingErrors = Record<string, { fieldId: string; message: string; summary: string }>

const inSummary = (field: TextField, message: string) => `${CONCERN_TEXT[field].what}: ${message}`

const flagKey = (flag: PersonalDataFlag) => `${flag.field}:${flag.kind}:${flag.match}`
const flagOf = (field: TextField, finding: PersonalDataMatch): PersonalDataFlag => ({
  field,
  kind: finding.kind,
  match: finding.match,
})

/** The checkbox of a field's nth finding. */
export const overrideId = (field: TextField, index: number) =>
  `${FIELD_IDS[field]}-finding-${index + 1}`

function eachFinding(findings: Findings) {
  return (Object.entries(findings) as Array<[TextField, PersonalDataMatch[]]>).flatMap(
    ([field, list]) =>
      list.map((finding, index) => ({
        flag: flagOf(field, finding),
        id: overrideId(field, index),
      })),
  )
}

/** The confirmations of findings still in the text: what goes with the concern. */
export function flagsOf(
  findings: Findings,
  overrides: readonly PersonalDataFlag[],
): PersonalDataFlag[] {
  return eachFinding(findings)
    .map(({ flag }) => flag)
    .filter((flag) => overrides.some((o) => sameFlag(o, flag)))
}

/** Each finding neither changed nor confirmed, with the message the server would give. */
export function unconfirmed(
  findings: Findings,
  overrides: readonly PersonalDataFlag[],
): FindingErrors {
  const errors: FindingErrors = {}
  for (const { flag, id } of eachFinding(findings)) {
    if (overrides.some((o) => sameFlag(o, flag))) continue
    const message = CONCERN_MESSAGES.personalDataFound(flag.match)
    errors[flagKey(flag)] = { fieldId: id, message, summary: inSummary(flag.field, message) }
  }
  return errors
}

export const withoutFlag = (errors: FindingErrors, flag: PersonalDataFlag): FindingErrors =>
  Object.fromEntries(Object.entries(errors).filter(([key]) => key !== flagKey(flag)))

const PERSONAL_DATA_PREFIX = CONCERN_MESSAGES.personalDataFound('').split('“')[0] ?? ''

/**
 * The server's refusals of findings (422 on a text field): each by the finding it names, if the
 * form found it too; otherwise (the two detectors disagree) in the summary, with its field.
 */
export function findingErrorsFrom(
  returned: ReturnedInfo | null,
  findings: Findings,
): { errors: FindingErrors; fields: Set<TextField>; unmatched: string[] } {
  const errors: FindingErrors = {}
  const fields = new Set<TextField>()
  const unmatched: string[] = []
  if (returned?.reason !== 'invalid') return { errors, fields, unmatched }
  for (const [field, messages] of Object.entries(returned.fieldErrors)) {
    if (!isTextField(field)) continue
    for (const message of messages) {
      if (!message.startsWith(PERSONAL_DATA_PREFIX)) continue
      fields.add(field)
      const index = (findings[field] ?? []).findIndex(
        (f) => CONCERN_MESSAGES.personalDataFound(f.match) === message,
      )
      const finding = findings[field]?.[index]
      if (finding) {
        errors[flagKey(flagOf(field, finding))] = {
          fieldId: overrideId(field, index),
          message,
          summary: inSummary(field, message),
        }
      } else {
        unmatched.push(inSummary(field, message))
      }
    }
  }
  return { errors, fields, unmatched }
}

/**
 * Under an answer on check answers: what in it may identify someone, and for each a box to say it
 * does not (or its Change link, beside the row, to change the text).
 */
export function RowFindings({
  field,
  findings,
  overrides,
  errors,
  onOverride,
}: {
  field: TextField
  findings: readonly PersonalDataMatch[] | undefined
  overrides: readonly PersonalDataFlag[]
  errors: FindingErrors
  onOverride: (flag: PersonalDataFlag, overridden: boolean) => void
}) {
  if (!findings || findings.length === 0) return null
  return (
    <div className="app-concerns-row-findings">
      <FieldFindings field={field} findings={findings} />
      <p className="govuk-body-s app-concerns-row-findings__hint">
        Change the text, or confirm each one does not identify a child or family.
      </p>
      {findings.map((finding, index) => {
        const flag = flagOf(field, finding)
        return (
          <Checkbox
            key={flagKey(flag)}
            id={overrideId(field, index)}
            label={`“${finding.match}” does not identify a child or family`}
            checked={overrides.some((o) => sameFlag(o, flag))}
            onChange={(on) => onOverride(flag, on)}
            error={errors[flagKey(flag)]?.message}
          />
        )
      })}
    </div>
  )
}
