import { findEmails } from './email'
import type { PersonalDataFinding, PersonalDataKind } from './kinds'
import { findNames } from './names'
import { isValidNhsNumber } from './nhs-number'
import { NHS_NUMBER, PATTERN_RULES, SCHOOL, YEAR_GROUP } from './patterns'

/**
 * The detector reads at most this many characters of a text. Every field it is run on holds far
 * less (a concern's details and a message: 2,000; a title 120; a location 200), so any text the
 * API accepts is checked whole, while a caller that hands it a pasted megabyte costs no more than
 * this. test/unit/personal-data-linear.test.ts keeps it above every limit in CONCERN_LIMITS.
 */
export const MAX_CHECKED_LENGTH = 10_000

export interface PersonalDataOptions {
  /** Public numbers a councillor may well mention (999, the MASH): never reported as a phone. */
  allowedNumbers?: readonly string[]
}

const normalisePhone = (text: string) => text.replace(/[^\d+]/g, '').replace(/^\+44/, '0')

/** Where overlapping findings cover the same text, the more specific kind is kept. */
const PRIORITY: readonly PersonalDataKind[] = [
  'email',
  'nhs-number',
  'postcode',
  'address',
  'phone',
  'date',
  'age',
  'school-year',
  'name',
]

const rank = (finding: PersonalDataFinding) => PRIORITY.indexOf(finding.kind)

/** In text order; of two overlapping findings the longer stays (or, as long, the more specific). */
function withoutOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: PersonalDataFinding[] = []
  for (const finding of ordered) {
    const last = kept.at(-1)
    if (!last || finding.start >= last.end) kept.push(finding)
    else if (
      finding.end - finding.start > last.end - last.start ||
      (finding.end - finding.start === last.end - last.start && rank(finding) < rank(last))
    )
      kept[kept.length - 1] = finding
  }
  return kept
}

/**
 * Finds what looks as if it identifies a child or family: names, dates, exact ages, postcodes,
 * phone numbers, emails, street addresses, a school with a year group, NHS numbers. Pure and
 * synchronous; the same on the server and in the form's worker. Findings are in text order, do not
 * overlap, and each is `{ kind, match, start, end }` with `text.slice(start, end) === match`.
 */
export function findPersonalData(
  text: string,
  options: PersonalDataOptions = {},
): PersonalDataFinding[] {
  const checked = text.length > MAX_CHECKED_LENGTH ? text.slice(0, MAX_CHECKED_LENGTH) : text
  const allowed = new Set((options.allowedNumbers ?? []).map(normalisePhone))
  const findings: PersonalDataFinding[] = []
  const add = (kind: PersonalDataKind, start: number, end: number) =>
    findings.push({ kind, match: checked.slice(start, end), start, end })

  for (const rule of PATTERN_RULES) {
    for (const found of checked.matchAll(rule.pattern)) {
      const [start, end] = found.indices?.[rule.group ?? 0] ?? [found.index, found.index]
      if (end <= start) continue
      if (rule.kind === 'phone' && allowed.has(normalisePhone(found[0]))) continue
      add(rule.kind, start, end)
    }
  }
  for (const found of checked.matchAll(NHS_NUMBER)) {
    if (isValidNhsNumber(found[0].replace(/\D/g, '')))
      add('nhs-number', found.index, found.index + found[0].length)
  }
  for (const { start, end } of findEmails(checked)) add('email', start, end)
  if (SCHOOL.test(checked)) {
    for (const found of checked.matchAll(YEAR_GROUP))
      add('school-year', found.index, found.index + found[0].length)
  }
  for (const { start, end } of findNames(checked)) add('name', start, end)
  return withoutOverlaps(findings)
}

/** Checks several fields at once; the result is keyed by field, fields with no finding left out. */
export function findPersonalDataInFields<Field extends string>(
  fields: Readonly<Record<Field, string>>,
  options: PersonalDataOptions = {},
): Partial<Record<Field, PersonalDataFinding[]>> {
  const result: Partial<Record<Field, PersonalDataFinding[]>> = {}
  for (const field of Object.keys(fields) as Field[]) {
    const found = findPersonalData(fields[field], options)
    if (found.length > 0) result[field] = found
  }
  return result
}
