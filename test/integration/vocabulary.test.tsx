// One wording for each answer: what the councillor picks on the form is what the chair reads on
// the concern, in insights and in the queue's CSV (src/domain/concern/vocabulary.ts). Each enum is
// walked through every place that shows it:
//
//   answer            form  chair's page  insights  CSV
//   what it is about   ✓        ✓            ✓        ✓   (each choice in the form's words on the
//                                                          chair's page and the CSV's sub-theme; the
//                                                          report theme it files under in insights
//                                                          and the CSV's theme, as its hint says)
//   how do you know    ✓        ✓            –        –
//   already reported   ✓        ✓            –        –
//   wants a reply      ✓        ✓            –        ✓
//   status             –        ✓            ✓        ✓   (and the councillor's own list)
//
// (–: that place does not show the answer at all.)
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import * as vocabulary from '../../src/domain/concern/vocabulary'
import { STATUS_LABELS, THEME_CHOICES } from '../../src/domain/concern/vocabulary'
import { CONCERN_CSV_COLUMNS, concernCsvWriter, CSV_HEAD } from '../../src/lib/backend/concern-csv'
import {
  ALREADY_REPORTED,
  OTHER_THEME_ID,
  SOURCES,
  STATUSES,
  type AlreadyReported,
  type ConcernSource,
  type ConcernStatus,
} from '../../src/lib/api'
import { RISK_THEMES } from '../../src/lib/backend/seed/board-content'
import { actorOf, personaById } from '../../src/lib/backend/seed/personas'
import { mockDb } from '../helpers/mock-server'
import { handOverDevice, renderApp } from '../helpers/render-app'
import {
  continueTo,
  DETAILS,
  DETAILS_LABEL,
  HOW_HEADING,
  passInterruption,
  radioIn,
  REPLY_HEADING,
  REPORTED_HEADING,
  THEME_HEADING,
  typeInto,
  WHAT_HEADING,
} from './concerns/concern-helpers'
import { stored } from './review/review-helpers'

interface Choice {
  value: string
  label: string
}

const choices = (legend: string): Choice[] =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('radio')
    .map((radio) => ({
      value: radio.getAttribute('value') ?? '',
      label: (radio as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
    }))

const THEMES = 'What is it about?'

interface ThemeChoiceSeen extends Choice {
  themeId: string
  subThemeId: string | null
  /** The report theme its hint names ('' for 'Something else'). */
  filedUnder: string
}

/** Every choice the councillor's form offers, with its words, page by page. */
async function formChoices() {
  const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(user)
  await continueTo(user, THEME_HEADING)
  const themes: ThemeChoiceSeen[] = choices(THEMES).map((choice) => {
    const mapped = THEME_CHOICES.find((c) => c.id === choice.value)
    if (!mapped) throw new Error(`the form offers ${choice.value}, which files nowhere`)
    const radio = screen.getByRole('radio', { name: choice.label })
    const hint = radio.getAttribute('aria-describedby')
    return {
      ...choice,
      themeId: mapped.themeId,
      subThemeId: mapped.subThemeId,
      filedUnder: hint ? (document.getElementById(hint)?.textContent ?? '') : '',
    }
  })
  await user.click(screen.getByRole('radio', { name: 'Something else' }))
  await continueTo(user, WHAT_HEADING)
  await typeInto(user, 'Give it a short title', 'A title for the vocabulary')
  await typeInto(user, DETAILS_LABEL, DETAILS)
  await continueTo(user, HOW_HEADING)
  const sources = choices('How did you come to know about it?')
  await user.click(radioIn('How did you come to know about it?', 'At a surgery'))
  await continueTo(user, REPORTED_HEADING)
  const reported = choices('Has it already been reported to the MASH or the police?')
  await user.click(radioIn('Has it already been reported to the MASH or the police?', 'No'))
  await continueTo(user, REPLY_HEADING)
  const wantsReply = choices('Do you want a reply from the chair?')
  handOverDevice()
  return { themes, sources, reported, wantsReply }
}

const pick = <T,>(list: readonly T[], i: number): T => {
  const item = list[i % list.length]
  if (item === undefined) throw new Error('an empty list of choices')
  return item
}

/** The text of the chair's page of one concern. */
async function chairSees(id: string) {
  const concern = stored(id)
  renderApp({ url: `/review/${id}`, as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: concern.title })
  const facts = document.body.textContent ?? ''
  handOverDevice()
  return facts
}

/** One chart of the insights page as a table: [label, count] per row. */
async function insightsTable(name: string, user: UserEvent) {
  const region = await screen.findByRole('region', { name })
  await user.click(
    within(region).getByRole('button', { name: `Show as table for ${name.toLowerCase()}` }),
  )
  return within(within(region).getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)
}

/** The stored concerns as the CSV export writes them (both back ends share the writer). */
function csvRecords(): string[][] {
  const write = concernCsvWriter(vocabulary)
  return parseCsv(CSV_HEAD + mockDb().data.concerns.map(write).join('')).slice(1)
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), without the BOM. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = text.startsWith('\uFEFF') ? 1 : 0
  while (i < text.length) {
    const c = text[i] ?? ''
    const next = text[i + 1]
    i += 1
    if (quoted && c === '"' && next === '"') {
      field += '"'
      i += 1
    } else if (c === '"') {
      quoted = !quoted
    } else if (quoted) {
      field += c
    } else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\r' && next === '\n') {
      records.push([...record, field])
      record = []
      field = ''
      i += 1
    } else {
      field += c
    }
  }
  return records
}

const column = (name: (typeof CONCERN_CSV_COLUMNS)[number]) => CONCERN_CSV_COLUMNS.indexOf(name)

describe('one vocabulary for both sides', () => {
  it('every answer a councillor picks reads the same on the chair’s page', async () => {
    const { themes, sources, reported, wantsReply } = await formChoices()
    expect(sources.map((s) => s.value)).toEqual([...SOURCES])
    expect(reported.map((r) => r.value)).toEqual([...ALREADY_REPORTED])
    expect(wantsReply.map((w) => w.label)).toEqual(['Yes', 'No'])
    expect(themes.find((t) => t.value === OTHER_THEME_ID)?.label).toBe('Something else')

    // One page per answer of the longest list; the shorter lists go round again.
    const rounds = Math.max(themes.length, sources.length, reported.length, wantsReply.length)
    for (let i = 0; i < rounds; i++) {
      const [theme, source, answer, reply] = [
        pick(themes, i),
        pick(sources, i),
        pick(reported, i),
        pick(wantsReply, i),
      ]
      const concern = stored('sample-08')
      concern.themeId = theme.themeId
      concern.subThemeId = theme.subThemeId
      concern.source = source.value as ConcernSource
      concern.alreadyReported = answer.value as AlreadyReported
      concern.wantsReply = reply.value === 'yes'

      const facts = await chairSees('sample-08')
      expect(facts, theme.value).toContain(theme.label)
      expect(facts, source.value).toContain(source.label)
      expect(facts, answer.value).toContain(answer.label)
      expect(facts, `wants a reply: ${reply.value}`).toMatch(
        new RegExp(`Wants a reply${reply.label}`),
      )
    }
  })

  it('every risk theme the form files under reads in insights and the CSV as its hint says', async () => {
    const { themes } = await formChoices()
    // Every choice, 'Something else' included, holds at least one concern.
    for (const [i, concern] of mockDb().data.concerns.entries()) {
      concern.themeId = pick(themes, i).themeId
      concern.subThemeId = pick(themes, i).subThemeId
    }
    expect(mockDb().data.concerns.length).toBeGreaterThanOrEqual(themes.length)
    // "Risk theme 2: Adolescent vulnerability" names the theme as insights and the CSV do.
    const filedUnder = new Set(
      themes.map((t) => t.filedUnder.replace(/^Risk theme \d+: /, '') || t.label),
    )

    const { user } = renderApp({ url: '/review/insights', as: 'chair' })
    const charted = await insightsTable('Concerns by risk theme', user)
    // (Insights lists every theme of the report, the Serious Case Reviews with none.)
    expect(charted).toEqual(expect.arrayContaining([...filedUnder]))

    const inCsv = csvRecords().map((record) => record[column('Risk theme')])
    expect(new Set(inCsv)).toEqual(filedUnder)
  })

  it('every choice with a sub-theme reads in the form’s words on the chair’s page and in the CSV', async () => {
    const { themes } = await formChoices()
    const offered = themes.filter((t) => t.subThemeId !== null)
    expect(offered.length).toBe(RISK_THEMES.flatMap((t) => t.subThemes).length)

    for (const theme of offered) {
      const concern = stored('sample-08')
      concern.themeId = theme.themeId
      concern.subThemeId = theme.subThemeId
      expect(await chairSees('sample-08'), theme.value).toContain(theme.label)
    }

    for (const [i, concern] of mockDb().data.concerns.entries()) {
      concern.themeId = pick(offered, i).themeId
      concern.subThemeId = pick(offered, i).subThemeId
    }
    const inCsv = csvRecords().map((record) => record[column('Sub-theme')])
    expect(inCsv).toEqual(mockDb().data.concerns.map((_, i) => pick(offered, i).label))
  })

  it('the CSV says whether the councillor asked for a reply in the form’s words', async () => {
    const { wantsReply } = await formChoices()
    for (const [i, concern] of mockDb().data.concerns.entries()) {
      concern.wantsReply = pick(wantsReply, i).value === 'yes'
    }
    const records = csvRecords()
    for (const [i, record] of records.entries()) {
      expect(record[column('Councillor asked for a reply')]).toBe(pick(wantsReply, i).label)
    }
  })

  it('every status reads the same to the councillor, on the chair’s page, in insights and in the CSV', async () => {
    // All concerns are one councillor's, and every status is held by at least one of them.
    const councillor = actorOf(personaById('cllr-banbury'))
    const concerns = mockDb().data.concerns
    expect(concerns.length).toBeGreaterThanOrEqual(STATUSES.length)
    const statusOf = (i: number): ConcernStatus => pick(STATUSES, i)
    for (const [i, concern] of concerns.entries()) {
      concern.author = councillor
      concern.status = statusOf(i)
    }

    // The councillor's own list: each concern's status tag.
    renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 1, name: 'My concerns' })
    for (const [i, concern] of concerns.entries()) {
      const link = await screen.findByRole('link', { name: concern.title })
      const item = link.closest('li')
      if (!(item instanceof HTMLElement)) throw new Error(`no list item for ${concern.title}`)
      expect(within(item).getByText(STATUS_LABELS[statusOf(i)])).toBeVisible()
    }
    handOverDevice()

    // The chair's page of one concern in each status: its status tag.
    for (const [i, status] of STATUSES.entries()) {
      const concern = concerns[i]
      if (!concern) throw new Error(`no concern in ${status}`)
      renderApp({ url: `/review/${concern.id}`, as: 'chair' })
      await screen.findByRole('heading', { level: 1, name: concern.title })
      expect(screen.getAllByText(STATUS_LABELS[status]).length, status).toBeGreaterThan(0)
      handOverDevice()
    }

    // Insights.
    const { user } = renderApp({ url: '/review/insights', as: 'chair' })
    expect(await insightsTable('Concerns by status', user)).toEqual(
      STATUSES.map((status) => STATUS_LABELS[status]),
    )
    handOverDevice()

    // The CSV.
    const inCsv = csvRecords().map((record) => record[column('Status')])
    expect(inCsv).toEqual(concerns.map((_, i) => STATUS_LABELS[statusOf(i)]))
  })
})
