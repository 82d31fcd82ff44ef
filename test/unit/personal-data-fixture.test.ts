// How well the detector does on the labelled texts in test/fixtures/personal-data: recall per kind
// (labels found), precision per kind (findings that were labelled) and the share of clean texts
// with no finding at all. The table is printed on every run; the goals of issue 10 are asserted.
import { describe, expect, it } from 'vitest'
import { PUBLIC_PHONE_NUMBERS } from '../../src/lib/config/safeguarding-contacts'
import {
  findPersonalData,
  PERSONAL_DATA_KINDS,
  type PersonalDataFinding,
  type PersonalDataKind,
} from '../../src/lib/personal-data'
import fixture from '../fixtures/personal-data/concern-texts.json'

interface Label {
  kind: PersonalDataKind
  match: string
}

const texts = fixture.texts as { text: string; expect: Label[] }[]

/** Lower-case names are counted apart: the goal is about names written as names. */
type Row = PersonalDataKind | 'name (lower case)'
const rowOf = (label: Label): Row =>
  label.kind === 'name' && label.match[0] === label.match[0]?.toLowerCase()
    ? 'name (lower case)'
    : label.kind

const overlaps = (finding: PersonalDataFinding, start: number, end: number) =>
  finding.start < end && start < finding.end

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`

function measure() {
  const labelled = new Map<Row, { found: number; total: number }>()
  const reported = new Map<PersonalDataKind, { right: number; total: number }>()
  const misses: string[] = []
  const wrong: string[] = []
  let cleanTexts = 0
  let cleanWithout = 0
  for (const { text, expect: labels } of texts) {
    const findings = findPersonalData(text, { allowedNumbers: PUBLIC_PHONE_NUMBERS })
    const spans = labels.map((label) => {
      const start = text.indexOf(label.match)
      return { ...label, start, end: start + label.match.length }
    })
    for (const label of spans) {
      const row = labelled.get(rowOf(label)) ?? { found: 0, total: 0 }
      const found = findings.some(
        (f) => f.kind === label.kind && overlaps(f, label.start, label.end),
      )
      row.total += 1
      if (found) row.found += 1
      else misses.push(`${label.kind} “${label.match}” in: ${text}`)
      labelled.set(rowOf(label), row)
    }
    for (const finding of findings) {
      const row = reported.get(finding.kind) ?? { right: 0, total: 0 }
      const right = spans.some(
        (label) => label.kind === finding.kind && overlaps(finding, label.start, label.end),
      )
      row.total += 1
      if (right) row.right += 1
      else wrong.push(`${finding.kind} “${finding.match}” in: ${text}`)
      reported.set(finding.kind, row)
    }
    if (labels.length === 0) {
      cleanTexts += 1
      if (findings.length === 0) cleanWithout += 1
    }
  }
  return { labelled, reported, misses, wrong, cleanTexts, cleanWithout }
}

describe('the personal-data detector on the labelled texts', () => {
  const result = measure()

  it('prints recall and precision per kind', () => {
    const rows: Row[] = [...PERSONAL_DATA_KINDS, 'name (lower case)']
    const lines = [
      `Personal data on ${texts.length} labelled texts (${result.cleanTexts} clean)`,
      `${'kind'.padEnd(18)}${'recall'.padStart(18)}${'precision'.padStart(18)}`,
      ...rows.map((kind) => {
        const labelled = result.labelled.get(kind) ?? { found: 0, total: 0 }
        const reported = kind === 'name (lower case)' ? undefined : result.reported.get(kind)
        const recall = `${percent(labelled.found, labelled.total)} (${labelled.found}/${labelled.total})`
        const precision = reported
          ? `${percent(reported.right, reported.total)} (${reported.right}/${reported.total})`
          : '–'
        return `${kind.padEnd(18)}${recall.padStart(18)}${precision.padStart(18)}`
      }),
      `clean texts with no finding: ${percent(result.cleanWithout, result.cleanTexts)} (${result.cleanWithout}/${result.cleanTexts})`,
      'Missed:',
      ...result.misses.map((line) => `  ${line}`),
      'Reported but not labelled:',
      ...result.wrong.map((line) => `  ${line}`),
    ]
    console.log(lines.join('\n'))
    expect(texts.length).toBeGreaterThanOrEqual(220)
  })

  it('finds at least 95% of the names written as names', () => {
    const names = result.labelled.get('name') ?? { found: 0, total: 1 }
    expect(names.found / names.total).toBeGreaterThanOrEqual(0.95)
  })

  it('leaves at least 90% of the clean texts without a finding', () => {
    expect(result.cleanWithout / result.cleanTexts).toBeGreaterThanOrEqual(0.9)
  })

  it('has about as many texts with identifying details as without', () => {
    const identifying = texts.length - result.cleanTexts
    expect(Math.abs(identifying - result.cleanTexts)).toBeLessThanOrEqual(texts.length * 0.1)
  })
})
