// The chair's queue and concern page at a real caseload, in Chromium on the demo build, at both
// tablet sizes: the chair lands on the open concerns; how many rows are fully on screen once the
// list's top is scrolled to the top of the window (at least 12 in the table at 1024×768, 6 in the
// list at 768×1024, printed); flag filter, sort and paging through the address and Back; then by
// keyboard alone queue → concern → action → next concern, with every action on the first screen
// (bounding boxes, printed); axe on every state; screenshots in
// test-results/screenshots/chair-queue-*.png.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createStore, seedManyConcerns } from '../../mocks/store'
import { memoryPersistence } from '../../mocks/persistence'
import {
  expectHeading1,
  expectNoAxeViolations,
  focused,
  MOCK_STORE_KEY,
  newContext,
  openPage,
  POLL,
  screenshot,
  signIn,
  tabTo,
  type ViewportName,
} from './support'

/** The demo's eight samples and 60 generated concerns, as the mock keeps them in localStorage. */
function caseload(): string {
  const persistence = memoryPersistence()
  const store = createStore(persistence)
  store.reset()
  seedManyConcerns(store, 60, { seed: 11 })
  return persistence.text ?? ''
}
const CASELOAD = caseload()

async function chairWithCaseload(viewport: ViewportName) {
  const context = await newContext(viewport)
  // Only before the app's first save: later reloads keep what the chair did.
  await context.addInitScript(
    ([key, text]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, text)
    },
    [MOCK_STORE_KEY, CASELOAD] as const,
  )
  const opened = await openPage(context, '/sign-in')
  await signIn(opened.page, 'chair')
  return opened
}

const queueAnswered = (page: Page) => page.getByText(/^Showing [\d,]+ to [\d,]+ of/).waitFor()

/** Rows wholly inside the window once the table's header (or the list's top) is at its top. */
function rowsVisible(page: Page): Promise<{ rows: number; visible: number }> {
  return page.evaluate(() => {
    const top = document.querySelector<HTMLElement>(
      'table.app-review-table thead, ul.app-review-worklist',
    )
    if (!top) return { rows: 0, visible: 0 }
    top.scrollIntoView({ block: 'start' })
    const rows = [
      ...document.querySelectorAll('table.app-review-table tbody tr, ul.app-review-worklist > li'),
    ]
    const visible = rows.filter((row) => {
      const box = row.getBoundingClientRect()
      return (
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        box.left >= 0 &&
        box.right <= window.innerWidth
      )
    })
    return { rows: rows.length, visible: visible.length }
  })
}

const searchOf = (page: Page) => new URL(page.url()).searchParams

describe.each<[ViewportName, number]>([
  ['landscape', 12],
  ['portrait', 6],
])('the chair’s queue at a real caseload (%s)', (viewport, rowsWanted) => {
  it('lands on the open queue, shows enough rows, and keeps filters, sort and paging in the address', async () => {
    const { page, pageErrors } = await chairWithCaseload(viewport)
    await page.waitForURL((url) => url.pathname === '/review')
    await expectHeading1(page, 'Concerns to review')
    await queueAnswered(page)
    expect(new URL(page.url()).search).toBe('')
    await expect
      .poll(
        () => page.getByRole('link', { name: /^Open \d+ concerns/ }).getAttribute('aria-current'),
        POLL,
      )
      .toBe('page')
    await expectNoAxeViolations(page, `queue (${viewport})`)
    await screenshot(page, `chair-queue-${viewport}`)

    const counted = await rowsVisible(page)
    console.log(
      `[chair-queue] ${viewport}: ${counted.visible} of ${counted.rows} rows wholly visible`,
    )
    expect(counted.visible).toBeGreaterThanOrEqual(rowsWanted)
    await screenshot(page, `chair-queue-${viewport}-rows`)
    if (viewport === 'landscape') {
      await page.getByRole('table').waitFor()
    } else {
      await page.getByRole('list', { name: 'Concerns' }).waitFor()
    }

    // A flag filter, then Back.
    const flags = page.getByRole('navigation', { name: 'Concerns that need you' })
    const awaiting = flags.getByRole('link', { name: /^Awaiting your reply \(\d+\)$/ })
    const count = Number((await awaiting.innerText()).match(/\((\d+)\)/)?.[1])
    await awaiting.click()
    await page.waitForURL((url) => url.searchParams.get('flag') === 'awaiting-reply')
    await page.getByText(new RegExp(`of ${count} concerns?$`)).waitFor()
    await expectNoAxeViolations(page, `queue, awaiting your reply (${viewport})`)
    await screenshot(page, `chair-queue-${viewport}-awaiting`)
    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('flag'))

    // Sort: the table's header in landscape, the folded filters in portrait.
    if (viewport === 'landscape') {
      // Chromium names the link "Reference , sort …": the hidden words are a box of their own.
      await page.getByRole('link', { name: /^Reference\W+sort newest first$/ }).click()
      await page.waitForURL((url) => url.searchParams.get('sort') === 'newest')
      await expect
        .poll(() => page.getByRole('columnheader').first().getAttribute('aria-sort'), POLL)
        .toBe('descending')
    } else {
      await page.getByText('Filter and sort', { exact: true }).click()
      await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' })
      await page.getByRole('button', { name: 'Apply filters' }).click()
      await page.waitForURL((url) => url.searchParams.get('sort') === 'newest')
    }
    await queueAnswered(page)
    await expectNoAxeViolations(page, `queue, newest first (${viewport})`)

    // Paging.
    await page
      .getByRole('navigation', { name: 'Pages of concerns' })
      .getByRole('link', { name: 'Next page' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('page') === '2')
    await page.getByText(/^Showing 21 to/).waitFor()
    expect(Object.fromEntries(searchOf(page))).toEqual({ sort: 'newest', page: '2' })
    await expectNoAxeViolations(page, `queue, page 2 (${viewport})`)

    await page.goBack()
    await page.waitForURL(
      (url) => url.searchParams.get('sort') === 'newest' && !url.searchParams.has('page'),
    )
    await page.getByText(/^Showing 1 to 20 of/).waitFor()
    await page.goBack()
    await page.waitForURL((url) => url.search === '')
    await queueAnswered(page)
    expect(pageErrors).toEqual([])
  })

  it('by keyboard alone: queue → concern → action → next concern, every action on the first screen', async () => {
    const { page, pageErrors } = await chairWithCaseload(viewport)
    await page.waitForURL((url) => url.pathname === '/review')
    await queueAnswered(page)

    // The first concern in the queue whose first move needs no more questions.
    const links = page.locator('table.app-review-table tbody a, ul.app-review-worklist h2 a')
    await links.first().waitFor()
    const firstName = (await links.first().innerText()).replace(/\s+/g, ' ').trim()
    await tabTo(page, firstName, 60)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname.startsWith('/review/'))
    const firstUrl = page.url()
    await page.getByRole('region', { name: /^(Change the status|Status)$/ }).waitFor()

    // Every action's name (and the first status button) wholly inside the window, as loaded.
    const positions = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.app-review-action__summary, .app-review-actions__button',
        ),
      ]
        .slice(0, 5)
        .map((element) => {
          const box = element.getBoundingClientRect()
          return {
            name: element.textContent?.trim() ?? '',
            top: Math.round(box.top),
            bottom: Math.round(box.bottom),
            inside: box.top >= 0 && box.bottom <= window.innerHeight,
          }
        }),
    )
    console.log(`[chair-queue] ${viewport} actions: ${JSON.stringify(positions)}`)
    expect(positions.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Reply to the councillor',
        'Add an internal note',
        'Remove identifying details',
      ]),
    )
    expect(positions.filter((p) => !p.inside)).toEqual([])

    // The hint beside or under each status button never touches it.
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app-review-actions__item')].map((item) => {
        const button = item.querySelector('button')!.getBoundingClientRect()
        const hint = item.querySelector('.app-review-actions__hint')!.getBoundingClientRect()
        return Math.max(hint.top - button.bottom, hint.left - button.right)
      }),
    )
    expect(gaps.every((gap) => gap >= 8)).toBe(true)
    await expectNoAxeViolations(page, `concern page (${viewport})`)
    await screenshot(page, `chair-queue-concern-${viewport}`)

    const moves = /^(Acknowledge|Start review|Mark as actioned)$/
    const move = await tabTo(page, (element) => moves.test(element.name), 40)
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.keyboard.press('Enter')
    const confirmation = page.getByRole('status').filter({ hasText: /^The concern is now/ })
    await confirmation.waitFor()
    await expect
      .poll(() => focused(page).then((element) => element.name), POLL)
      .toMatch(/^The concern is now/)
    // The chair stays where they were: no jump to a banner at the top.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(200)
    console.log(`[chair-queue] ${viewport}: ${move.name} confirmed beside the action`)
    await expectNoAxeViolations(page, `concern page after ${move.name} (${viewport})`)
    await screenshot(page, `chair-queue-acted-${viewport}`)

    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Next concern in this view')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.href !== firstUrl && url.pathname.startsWith('/review/'))
    await page.getByRole('region', { name: /^(Change the status|Status)$/ }).waitFor()
    await expectNoAxeViolations(page, `next concern (${viewport})`)
    expect(pageErrors).toEqual([])
  })
})
