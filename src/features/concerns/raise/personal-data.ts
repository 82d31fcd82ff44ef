/**
 * Spots text that looks as if it identifies a child or family. Eyes-and-ears concerns are about
 * patterns and places; a named child belongs with the MASH, not here. These are warnings, not
 * blocks: the councillor reads them and confirms they have removed identifying details.
 */

export type PersonalDataKind =
  'name' | 'date' | 'postcode' | 'phone' | 'email' | 'address' | 'school-year'

export interface PersonalDataFinding {
  kind: PersonalDataKind
  /** The text that triggered the warning, as typed. */
  match: string
  message: string
}

const MESSAGES: Record<PersonalDataKind, string> = {
  name: 'It looks like a person’s name. Describe the situation without naming anyone.',
  date: 'It looks like a date, which could be a date of birth. Leave out exact dates about people.',
  postcode:
    'It looks like a full postcode, which can point to one home. Give the general area instead.',
  phone: 'It looks like a phone number. Leave out contact details of children or families.',
  email: 'It looks like an email address. Leave out contact details of children or families.',
  address: 'It looks like a street address. Describe the place in general terms instead.',
  'school-year': 'A school together with a year group can identify a child. Leave one of them out.',
}

/** Capitalised words after "called" that are organisations or places, not people. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'police',
  'mash',
  'social',
  'services',
  'children',
  'children’s',
  "children's",
  'childline',
  'nspcc',
  'ofsted',
  'oscb',
  'camhs',
  'thriving',
  'families',
  'kingfisher',
  'team',
  'emergency',
  'council',
  'county',
  'school',
  'thames',
  'valley',
  'nhs',
  'gp',
  'us',
  'me',
  'them',
  'him',
  'her',
  'it',
  'someone',
  'somebody',
  'back',
  'in',
  'out',
  'for',
  'on',
])

/**
 * A capitalised name, including "O’Brien", "Jayden-Lee" and letters beyond A–Z ("Łucja", "Zoë").
 */
const NAME = "\\p{Lu}(?:\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)"

interface Rule {
  kind: PersonalDataKind
  pattern: RegExp
  /** Return false to ignore a match (e.g. a capitalised organisation after "called"). */
  accept?: (match: RegExpExecArray) => boolean
}

const RULES: readonly Rule[] = [
  {
    kind: 'name',
    // "called Jo", "named Sam Smith", "known as Kai", "her name is Ava"
    pattern: new RegExp(
      `\\b(?:called|named|known as|name is|names are|nicknamed)\\s+(${NAME}(?:\\s+${NAME})?)`,
      'gu',
    ),
    accept: (m) => !NOT_NAMES.has((m[1] ?? '').split(/\s+/)[0]?.toLowerCase() ?? ''),
  },
  {
    kind: 'name',
    pattern: new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+${NAME}`, 'gu'),
  },
  {
    kind: 'name',
    // "the Smith family", "the Novak household"
    pattern: new RegExp(
      `\\bthe\\s+(${NAME})\\s+(?:family|household)\\b(?!\\s+(?:centre|center|hub|support|services?|team|worker|court|room))`,
      'gu',
    ),
    accept: (m) => !NOT_NAMES.has((m[1] ?? '').toLowerCase()),
  },
  {
    kind: 'date',
    // 12/03/2015, 12-3-15, 12.03.2015
    pattern: /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g,
  },
  {
    kind: 'date',
    // 3 March 2015, 3rd of March, March 3rd 2015
    pattern:
      /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:\s+\d{4})?/giu,
  },
  {
    kind: 'date',
    // 2010-03-12
    pattern: /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  },
  {
    kind: 'date',
    pattern: /\b(?:d\.?o\.?b\.?|date of birth|born on)\b/giu,
  },
  {
    kind: 'date',
    // "born in March 2012", "born 2012"
    pattern:
      /\bborn\s+(?:in\s+|around\s+|about\s+)?(?:\d{4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\b)/giu,
  },
  {
    kind: 'postcode',
    pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi,
  },
  {
    kind: 'phone',
    // UK numbers: 07700 900123, 01865 123456, +44 7700 900123
    pattern: /(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g,
  },
  {
    kind: 'email',
    pattern: /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi,
  },
  {
    kind: 'address',
    pattern:
      /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\p{Ll}'’-]+\s+){1,3}(?:Road|Rd|Street|St|Close|Avenue|Ave|Lane|Way|Drive|Crescent|Place|Court|Gardens|Terrace|Grove|Row|Walk|Square|Hill|View|Mews)\b/gu,
  },
]

const SCHOOL = /\b(?:school|academy|primary|secondary|college|nursery)\b/i
const YEAR_GROUP = /\b(?:year|yr|y)\s?(?:[1-9]|1[0-3])\b|\breception class\b/i

/** Public numbers a councillor may well mention (999, the MASH); never warn about those. */
function normalisePhone(text: string): string {
  return text.replace(/[^\d+]/g, '').replace(/^\+44/, '0')
}

export function findPersonalData(
  text: string,
  allowedNumbers: readonly string[] = [],
): PersonalDataFinding[] {
  const allowed = new Set(allowedNumbers.map(normalisePhone))
  const findings: PersonalDataFinding[] = []
  const seen = new Set<string>()
  const add = (kind: PersonalDataKind, match: string) => {
    const key = `${kind}:${match}`
    if (seen.has(key)) return
    seen.add(key)
    findings.push({ kind, match, message: MESSAGES[kind] })
  }
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(m)) continue
      if (rule.kind === 'phone' && allowed.has(normalisePhone(m[0]))) continue
      add(rule.kind, m[0].trim())
    }
  }
  const school = SCHOOL.exec(text)
  const year = YEAR_GROUP.exec(text)
  if (school && year) add('school-year', `${school[0]} … ${year[0]}`)
  return findings
}

/** Checks several fields at once; the result is keyed by field name, empty fields omitted. */
export function findPersonalDataInFields<K extends string>(
  fields: Record<K, string>,
  allowedNumbers: readonly string[] = [],
): Partial<Record<K, PersonalDataFinding[]>> {
  const result: Partial<Record<K, PersonalDataFinding[]>> = {}
  for (const key of Object.keys(fields) as K[]) {
    const found = findPersonalData(fields[key], allowedNumbers)
    if (found.length > 0) result[key] = found
  }
  return result
}
