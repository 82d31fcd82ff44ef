// The detector must never stall, whatever is pasted: every pattern is bounded, emails are found by
// a scanner whose work is counted, and the detector reads a bounded prefix of any text. No timings
// here (a busy machine makes them flaky); test/e2e/paste-megabyte.e2e.ts measures the page.
import { describe, expect, it } from 'vitest'
import { CONCERN_LIMITS } from '../../src/lib/api/schemas/concerns'
import { findPersonalData, MAX_CHECKED_LENGTH } from '../../src/lib/personal-data'
import { findEmails } from '../../src/lib/personal-data/email'
import {
  NAME_PATTERN_RULES,
  NHS_NUMBER,
  PATTERN_RULES,
  SCHOOL,
  YEAR_GROUP,
} from '../../src/lib/personal-data/patterns'

const repeatTo = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

const ADVERSARIAL: Record<string, string> = {
  'one long word': 'a',
  'all @': '@',
  'a@a.a repeated': 'a@a.a',
  'a@ repeated': 'a@',
  'local parts of 64 and an @': `${'a'.repeat(64)}@`,
  digits: '0',
  'digits and spaces': '0 ',
  capitals: 'A',
  'capitalised words': 'Aa ',
  'called repeated': 'called ',
  'called Aa repeated': 'called Aa',
  'dates without years': '1/1/',
  'aged repeated': 'aged 1',
  'the X family, unfinished': 'the Aa ',
  'year groups and schools': 'Year 1 school ',
  'dots and dashes': '.-',
  'surrogate pairs': '😀',
  'Aa-': 'Aa-',
}

/** Quantifiers that can repeat without bound: +, * and {n,} outside a character class. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = []
  let inClass = false
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index]
    if (character === '\\') {
      index += 1
      continue
    }
    if (inClass) {
      if (character === ']') inClass = false
      continue
    }
    if (character === '[') inClass = true
    else if (character === '+' || character === '*')
      found.push(source.slice(Math.max(0, index - 12), index + 1))
    else if (character === '{' && /^\{\d+,\}/.test(source.slice(index)))
      found.push(source.slice(Math.max(0, index - 12), index + 4))
  }
  return found
}

describe('the personal-data detector on hostile input', () => {
  it.each(Object.entries(ADVERSARIAL))(
    'finishes on 100,000 and 1,000,000 characters: %s',
    (_, unit) => {
      for (const length of [100_000, 1_000_000]) {
        const text = repeatTo(unit, length)
        const findings = findPersonalData(text)
        for (const finding of findings) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.match)
          expect(finding.end).toBeLessThanOrEqual(MAX_CHECKED_LENGTH)
        }
      }
    },
  )

  it('uses no pattern that can repeat without bound', () => {
    const patterns = [
      ...PATTERN_RULES.map((rule) => rule.pattern),
      ...NAME_PATTERN_RULES.map((rule) => rule.pattern),
      SCHOOL,
      YEAR_GROUP,
      NHS_NUMBER,
    ]
    for (const pattern of patterns) expect(unboundedQuantifiers(pattern.source)).toEqual([])
  })

  it('finds an unbounded quantifier when there is one (the check above works)', () => {
    expect(unboundedQuantifiers('[^\\s@]+@[a-z]{2,}')).toHaveLength(2)
    expect(unboundedQuantifiers('\\+44[+*]{1,3}')).toEqual([])
  })

  it.each(Object.entries(ADVERSARIAL))(
    'scans for emails in steps proportional to the text: %s',
    (_, unit) => {
      for (const length of [100_000, 1_000_000]) {
        const meter = { steps: 0 }
        findEmails(repeatTo(unit, length), meter)
        // At most one step per '@' plus 64 to its left and 253 to its right.
        expect(meter.steps).toBeLessThanOrEqual(length * 4)
      }
    },
  )

  it('counts steps linearly as the text grows', () => {
    const steps = (length: number) => {
      const meter = { steps: 0 }
      findEmails(repeatTo(`${'a'.repeat(70)}@${'b'.repeat(300)}`, length), meter)
      return meter.steps
    }
    // Ten times the text, about ten times the work (quadratic would be a hundred).
    expect(steps(1_000_000) / steps(100_000)).toBeLessThan(11)
  })

  it('checks every text the API accepts whole, and reads no more than that of anything longer', () => {
    const longest = Math.max(...Object.values(CONCERN_LIMITS))
    expect(MAX_CHECKED_LENGTH).toBeGreaterThanOrEqual(longest * 2)

    const text = `${'x'.repeat(MAX_CHECKED_LENGTH - 10)} call 07700 900123 ${'y'.repeat(100)}`
    expect(findPersonalData(text)).toEqual([])
    expect(findPersonalData(text.slice(20))).toMatchObject([{ kind: 'phone' }])
  })
})
