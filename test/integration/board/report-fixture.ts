/**
 * The Cabinet report of 21 October 2014 as plain text (test/fixtures), split into its numbered
 * paragraphs, for checking every fact the app shows against the report's own words.
 */
import fs from 'node:fs'
import path from 'node:path'

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/cabinet-report-2014-10-21.txt')

/** The report without the fixture's header comment line. */
export const reportText: string = fs
  .readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .join('\n')

/** Same letters, whatever the quote marks, dashes and spacing: the app may use typographic ones. */
export const normalise = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

// Section headings between paragraphs belong to no paragraph.
const HEADINGS = [
  'Progress against objectives',
  'Future challenges',
  'Role of Members',
  'RECOMMENDATION',
]
const withoutHeadings = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !HEADINGS.includes(line.trim()))
    .join('\n')

/** Paragraphs 2–12 by number ("4. Objective: …", "- 8. Managing …"), each up to the next one. */
export const paragraphs: ReadonlyMap<number, string> = (() => {
  const found = new Map<number, string>()
  const pattern = /^(?:- )?(\d{1,2})\. /gm
  const starts = [...reportText.matchAll(pattern)].map((match) => ({
    number: Number(match[1]),
    // The paragraph starts at its number, after any list dash; the dash ends the one before.
    index: match.index + match[0].indexOf(match[1] ?? ''),
    lineStart: match.index,
  }))
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.lineStart ?? reportText.length
    found.set(start.number, normalise(withoutHeadings(reportText.slice(start.index, end))))
  })
  return found
})()

export function paragraph(number: number): string {
  const text = paragraphs.get(number)
  if (text === undefined) throw new Error(`The report fixture has no paragraph ${number}`)
  return text
}

/** The paragraph numbers whose text holds `fragment` (normally exactly one). */
export const paragraphsContaining = (fragment: string): number[] =>
  [...paragraphs.entries()]
    .filter(([, text]) => text.includes(normalise(fragment)))
    .map(([number]) => number)
