// The chair removes personal data for good, in real Chromium: against the demo build at both
// tablet sizes and against the real server. A councillor's concern that kept a child's name and
// age (sent through the API with the overrides the detector asks for, as the form sends them)
// shows its findings to the chair; the chair removes the name with the keyboard alone and a word
// selected with the mouse; the API then holds neither, only "[removed]"; the councillor sees that
// details were removed. Axe on every page; screenshots in test-results/screenshots/redaction-*.png.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findingsIn } from '../../src/lib/backend/personal-data'
import {
  callApi,
  cspViolations,
  expectHeading1,
  expectNoAxeViolations,
  focused,
  horizontalOverflow,
  newContext,
  openPage,
  readMockStore,
  screenshot,
  signIn,
  signOut,
  tabTo,
  uniqueTitle,
  type Target,
  type ViewportName,
} from './support'

const DETAILS =
  'Jamie Smith, aged 7, is often out alone near the shops after dark. Neighbours see it on Thursdays.'
const LOCATION = 'Near the shops'

/** Raises the concern as the signed-in councillor, keeping every finding; returns its id. */
async function raiseWithKeptFindings(page: Page, title: string): Promise<string> {
  const session = await callApi(page, 'GET', '/session')
  const { divisionId } = session.body as { divisionId: string }
  const overrides = [
    ...findingsIn('title', title),
    ...findingsIn('details', DETAILS),
    ...findingsIn('location', LOCATION),
  ]
  expect(overrides).toContainEqual({ field: 'details', kind: 'name', match: 'Jamie Smith' })
  const answer = await callApi(page, 'POST', '/concerns', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: {
      divisionId,
      themeId: 'other',
      subThemeId: null,
      objectiveId: null,
      title,
      details: DETAILS,
      location: LOCATION,
      source: 'surgery',
      alreadyReported: 'no',
      wantsReply: false,
      personalDataOverrides: overrides,
    },
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return (answer.body as { id: string }).id
}

/** No sideways scrolling, no axe violation, and a screenshot. */
async function check(page: Page, name: string, label: string): Promise<void> {
  expect(await horizontalOverflow(page), label).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, label)
  await screenshot(page, `redaction-${name}-${label.replace(/\W+/g, '-')}`)
}

/** Double-clicks a word of the concern's details, as a mouse user selects one. */
async function doubleClickWord(page: Page, word: string): Promise<void> {
  const box = await page.evaluate((word) => {
    const holder = document.querySelector('[data-redact-field="details"]')
    const walker = document.createTreeWalker(holder as Node, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(word) ?? -1
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + word.length)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      const rect = range.getBoundingClientRect()
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
    }
    return null
  }, word)
  if (!box) throw new Error(`“${word}” is not in the details`)
  await page.mouse.dblclick(box.x, box.y)
}

describe.each<[Target, ViewportName]>([
  ['demo', 'portrait'],
  ['demo', 'landscape'],
  ['server', 'landscape'],
])('the chair removes personal data (%s, %s)', (target, viewport) => {
  it('removes a kept name by keyboard and a selected word by mouse; the API no longer holds them', async () => {
    const name = `${target}-${viewport}`
    const title = uniqueTitle('Out alone')
    const context = await newContext(viewport, target)
    const { page, pageErrors } = await openPage(context, '/sign-in')
    await signIn(page, 'cllr-banbury')
    const id = await raiseWithKeptFindings(page, title)
    await signOut(page)

    await signIn(page, 'chair')
    await page.goto(`/review/${encodeURIComponent(id)}`)
    await expectHeading1(page, title)
    const panel = page.getByRole('region', { name: 'Personal data the councillor kept' })
    await panel.getByText('This looks like a person’s name.', { exact: false }).waitFor()
    await check(page, name, 'kept-findings')

    // Keyboard only: the button beside the finding, the confirmation, the confirmation's button.
    await tabTo(page, 'Remove “Jamie Smith” from What you noticed', 150)
    await page.keyboard.press('Enter')
    const question = page.getByRole('heading', {
      name: 'Remove “Jamie Smith” from What you noticed?',
    })
    await question.waitFor()
    expect((await focused(page)).name).toBe('Remove “Jamie Smith” from What you noticed?')
    await check(page, name, 'confirm')
    await tabTo(page, 'Yes, remove it')
    await page.keyboard.press('Enter')
    const done = page.getByText('“Jamie Smith” was removed from What you noticed.')
    await done.waitFor()
    expect((await focused(page)).name).toContain('“Jamie Smith” was removed from What you noticed.')
    await page
      .locator('[data-redact-field="details"]')
      .getByText(/^\[removed\], aged 7/)
      .waitFor()
    await check(page, name, 'removed')

    // Mouse: a word selected by double-click, then the button.
    await doubleClickWord(page, 'Thursdays')
    await page.getByText('Selected: “Thursdays” in What you noticed').waitFor()
    await page.getByRole('button', { name: 'Remove selected text' }).click()
    await page.getByRole('button', { name: 'Yes, remove it' }).click()
    await page.getByText('“Thursdays” was removed from What you noticed.').waitFor()

    // Through the API: the words are gone, from the concern and from its history.
    const answer = await callApi(page, 'GET', `/concerns/${encodeURIComponent(id)}`)
    expect(answer.status).toBe(200)
    const concern = answer.body as {
      details: string
      personalData: { match: string }[]
      events: { type: string; redactedField: string | null }[]
    }
    expect(concern.details).toBe(
      '[removed], aged 7, is often out alone near the shops after dark. Neighbours see it on [removed].',
    )
    expect(JSON.stringify(concern)).not.toContain('Jamie Smith')
    expect(JSON.stringify(concern)).not.toContain('Thursdays')
    expect(concern.personalData.map((finding) => finding.match)).not.toContain('Jamie Smith')
    expect(
      concern.events.filter((event) => event.type === 'redacted').map((e) => e.redactedField),
    ).toEqual(['details', 'details'])
    if (target === 'demo') {
      // The demo's whole store, the councillor's stored answer to their POST included.
      expect(JSON.stringify(await readMockStore(page))).not.toContain('Jamie Smith')
    }
    await signOut(page)

    // The councillor sees that details were removed, not what.
    await signIn(page, 'cllr-banbury')
    await page.goto(`/concerns/${encodeURIComponent(id)}`)
    await expectHeading1(page, new RegExp(title))
    await page
      .getByRole('region', { name: 'What has happened' })
      .getByText('The chair removed details that could identify someone from What you noticed')
      .first()
      .waitFor()
    await check(page, name, 'councillor-sees-removal')

    expect(pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
  })
})
