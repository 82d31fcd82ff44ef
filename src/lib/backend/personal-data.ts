import {
  CONCERN_MESSAGES,
  PERSONAL_DATA_FIELDS,
  type PersonalDataField,
  type PersonalDataFlag,
} from '../api/schemas'
import { PUBLIC_PHONE_NUMBERS } from '../config/safeguarding-contacts'
import { findPersonalData } from '../personal-data'
import { FieldChecks } from './validation'

/*
 * The one way every back end runs the personal-data detector (decision 0014): the mock's handlers
 * and the server's routes call these, never src/lib/personal-data itself, so both refuse and store
 * exactly the same findings.
 */

/** The text fields of a new concern, as stored (trimmed), and what the councillor overrode. */
export interface PersonalDataSubject {
  title: string
  details: string
  location: string
  personalDataOverrides: readonly PersonalDataFlag[]
}

/** The detector's findings in one field, each kind and text once, public numbers allowed. */
export function findingsIn(field: PersonalDataField, text: string): PersonalDataFlag[] {
  const seen = new Set<string>()
  const flags: PersonalDataFlag[] = []
  for (const { kind, match } of findPersonalData(text, { allowedNumbers: PUBLIC_PHONE_NUMBERS })) {
    const id = `${kind}\n${match}`
    if (seen.has(id)) continue
    seen.add(id)
    flags.push({ field, kind, match })
  }
  return flags
}

const sameFlag = (a: PersonalDataFlag, b: PersonalDataFlag): boolean =>
  a.field === b.field && a.kind === b.kind && a.match === b.match

function sortFindings(subject: PersonalDataSubject) {
  const overridden: PersonalDataFlag[] = []
  const refused: PersonalDataFlag[] = []
  for (const field of PERSONAL_DATA_FIELDS) {
    for (const finding of findingsIn(field, subject[field])) {
      const allowed = subject.personalDataOverrides.some((o) => sameFlag(o, finding))
      ;(allowed ? overridden : refused).push(finding)
    }
  }
  return { overridden, refused }
}

/**
 * What a new concern stores as its personal data: every finding the councillor overrode. Throws
 * 422 naming each field that holds a finding without an override, in the words the form uses.
 */
export function personalDataOf(subject: PersonalDataSubject): PersonalDataFlag[] {
  const { overridden, refused } = sortFindings(subject)
  const checks = new FieldChecks()
  for (const { field, match } of refused) {
    checks.add(field, CONCERN_MESSAGES.personalDataFound(match))
  }
  checks.throwIfAny()
  return overridden
}

/** The same without refusing anything: for seed data, whose overrides are written by hand. */
export const overriddenFindingsOf = (subject: PersonalDataSubject): PersonalDataFlag[] =>
  sortFindings(subject).overridden

/**
 * After text was removed from a field: the stored findings of the other fields, and of this one
 * only those still in its text. Nothing new is added: the chair removed text, and what remains was
 * already judged when the concern was raised.
 */
export function findingsAfterRedaction(
  stored: readonly PersonalDataFlag[],
  field: string,
  text: string,
): PersonalDataFlag[] {
  return stored.filter((flag) => flag.field !== field || text.includes(flag.match))
}
