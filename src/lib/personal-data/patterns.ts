/**
 * The pattern rules. Every quantifier here is bounded ({1,3}, {1,30}, never + or * alone) and
 * every alternative is unambiguous, so one attempt looks at a bounded number of characters and a
 * whole scan is linear in the text: no input can make a pattern backtrack for seconds. A unit
 * test (test/unit/personal-data-linear.test.ts) checks the sources for unbounded quantifiers.
 */
import type { PersonalDataKind } from './kinds'

/** One word of a name: "Jamie", "O’Brien", "Jayden-Lee", "Łucja", "Zoë", "McDonald". */
export const NAME_WORD =
  "\\p{Lu}(?:\\p{Ll}{1,30}(?:\\p{Lu}\\p{Ll}{1,30})?(?:['’-]\\p{Lu}?\\p{Ll}{1,30}){0,2}|['’]\\p{Lu}\\p{Ll}{1,30})(?![\\p{L}\\p{N}]|-\\p{L})"

const GAP = '[ \\t\\u00a0]{1,3}'
const SPACES = '[ \\t\\u00a0]{0,3}'
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
/** Not the first number of a range: "aged 11 to 16" and "years 7-9" describe groups. */
const NOT_A_RANGE = `(?!${SPACES}(?:-|–|to|and|or)${SPACES}\\d)`
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)'

export interface PatternRule {
  kind: PersonalDataKind
  pattern: RegExp
  /** The capture group that is the finding (the name after "called"); the whole match if absent. */
  group?: number
}

export const PATTERN_RULES: readonly PatternRule[] = [
  // Dates: 12/03/2015, 12-3-15, 12.03.2015
  { kind: 'date', pattern: /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/dg },
  // 3 March 2015, 3rd of March
  {
    kind: 'date',
    pattern: new RegExp(
      `\\b\\d{1,2}(?:st|nd|rd|th)?${GAP}(?:of${GAP})?${MONTH}\\b(?:,?${GAP}\\d{4}\\b)?`,
      'dgiu',
    ),
  },
  // March 3rd, March 3rd 2015, March 3, 2015
  {
    kind: 'date',
    pattern: new RegExp(
      `\\b${MONTH}${GAP}\\d{1,2}(?:(?:st|nd|rd|th)\\b(?:,?${GAP}\\d{4}\\b)?|,?${GAP}\\d{4}\\b)`,
      'dgiu',
    ),
  },
  // 2010-03-12
  { kind: 'date', pattern: /\b\d{4}-\d{1,2}-\d{1,2}\b/dg },
  { kind: 'date', pattern: /\b(?:d\.?o\.?b|date of birth|birthday)\b/dgi },
  // born 2012, born in March 2012
  {
    kind: 'date',
    pattern: new RegExp(
      `\\bborn${GAP}(?:(?:in|around|about)${GAP})?(?:\\d{4}\\b|${MONTH}[a-z]{0,6}${GAP}\\d{4}\\b)`,
      'dgiu',
    ),
  },
  // Ages: aged 7, age 7, aged about 7 (not "aged 11 to 16")
  {
    kind: 'age',
    pattern: new RegExp(
      `\\b[Aa]ged?${GAP}(?:(?:about|around|only|just)${GAP})?\\d{1,2}\\b${NOT_A_RANGE}`,
      'dgu',
    ),
  },
  // 7 years old, 7-year-old, seven year old (not "11 to 16 year olds")
  {
    kind: 'age',
    pattern: new RegExp(
      `(?<!\\d${SPACES}(?:-|–|to|and|or)${SPACES})\\b(?:\\d{1,2}|${NUMBER_WORD})[ \\t-]{0,2}(?:years?|yrs?)[ \\t-]{0,2}old\\b`,
      'dgiu',
    ),
  },
  // 7yo, 7 y.o.
  { kind: 'age', pattern: /\b\d{1,2} ?y\.?o\b\.?/dgi },
  // Postcodes: OX16 5AB, ox4 1jd
  { kind: 'postcode', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b/dgi },
  // UK phone numbers: 07700 900123, 01865 123456, +44 7700 900123
  { kind: 'phone', pattern: /(?:\+44 ?\(?0?\)? ?|\b0)\d(?:[ -]?\d){8,9}\b/dg },
  // 14 Acacia Road, 3, Blenheim Court
  {
    kind: 'address',
    pattern: new RegExp(
      `\\b\\d{1,4}[a-z]?,?${GAP}(?:\\p{Lu}[\\p{Ll}'’-]{1,30}${GAP}){1,3}(?:Road|Rd|Street|St|Close|Avenue|Ave|Lane|Way|Drive|Crescent|Place|Court|Gardens|Terrace|Grove|Row|Walk|Square|Hill|View|Mews|Green|Rise|Park|Parade)\\b`,
      'dgu',
    ),
  },
  // flat 2b
  { kind: 'address', pattern: /\b[Ff]lat [0-9]{1,4}[a-z]?\b/dg },
]

/** Names introduced by a word, a title or "family"; names.ts adds the language model's. */
export const NAME_PATTERN_RULES: readonly PatternRule[] = [
  // Names after a word that introduces one: "called Jo", "named Sam Smith", "known as Kai"
  {
    kind: 'name',
    pattern: new RegExp(
      `\\b(?:[Cc]alled|[Nn]amed|[Kk]nown as|[Nn]ame is|[Nn]ames are|[Nn]icknamed|[Nn]ame’s|[Nn]ame's)${GAP}(${NAME_WORD}(?:${GAP}${NAME_WORD})?)`,
      'dgu',
    ),
    group: 1,
  },
  // Titles: Mrs Patel, Mr. O’Brien
  {
    kind: 'name',
    pattern: new RegExp(
      `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?${GAP}${NAME_WORD}(?:${GAP}${NAME_WORD})?`,
      'dgu',
    ),
  },
  // the Smith family, the Novak household (not "the Banbury family centre")
  {
    kind: 'name',
    pattern: new RegExp(
      `\\b[Tt]he${GAP}(${NAME_WORD})${GAP}(?:family|household|children|kids|boys|girls|twins)\\b(?!${GAP}(?:centre|center|hub|support|services?|team|worker|court|room|zone|group))`,
      'dgu',
    ),
    group: 1,
  },
]

/** A school is named, so a year group could single out a child. */
export const SCHOOL = /\b(?:school|academy|primary|secondary|college|nursery)\b/i
/** Year 9, Yr 6, Y6, reception class; not "years 7 to 9". */
export const YEAR_GROUP = new RegExp(
  `\\b(?:[Yy]ear|[Yy]r|Y) ?(?:1[0-3]|[1-9])\\b${NOT_A_RANGE}|\\b[Rr]eception class\\b`,
  'dgu',
)

/** 10 digits, grouped 3-3-4 with one kind of separator or none; the check digit is tested apart. */
export const NHS_NUMBER = /(?<!\d)\d{3}([ -]?)\d{3}\1\d{4}(?!\d)/dg
