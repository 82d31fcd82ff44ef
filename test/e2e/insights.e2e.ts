// Insights in real Chromium at both tablet sizes, on both back ends: labels readable at arm's
// length (computed font size of 16 px or more), every month named, no theme name on three lines,
// axe clean; a bar and a cell of the theme-by-division table each open the queue filtered to
// exactly the concerns they count. Screenshots in test-results/screenshots/insights-*.png.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  cspViolations,
  expectHeading1,
  expectNoAxeViolations,
  newContext,
  openPage,
  screenshot,
  signIn,
  type Target,
  type ViewportName,
} from './support'

const CASES: Array<[ViewportName, Target]> = [
  ['portrait', 'demo'],
  ['landscape', 'demo'],
  ['portrait', 'server'],
  ['landscape', 'server'],
]

async function openInsights(page: Page) {
  await page.goto('/review/insights')
  await expectHeading1(page, 'Patterns in concerns')
  await page.waitForFunction(() => document.querySelectorAll('.app-review-bars').length >= 4)
}

/** The number a bar or cell shows (its drawn part; the words are for screen readers). */
async function shownCount(link: Locator): Promise<number> {
  const text = await link.locator('[aria-hidden="true"]').last().textContent()
  return Number((text ?? '').replace(/,/g, ''))
}

async function expectQueueCount(page: Page, count: number) {
  await page.waitForURL((url) => url.pathname === '/review')
  const summary = page.getByText(/^Showing [\d,]+ to [\d,]+ of [\d,]+ concerns?$/)
  await summary.waitFor()
  expect(await summary.textContent()).toMatch(
    new RegExp(`of ${count.toLocaleString('en-GB')} concerns?$`),
  )
}

describe.each(CASES)('insights at %s (%s)', (viewport, target) => {
  it('reads at arm’s length, names every month, and opens exactly what a bar or cell counts', async () => {
    const context = await newContext(viewport, target)
    const { page, pageErrors } = await openPage(context, '/sign-in')
    await signIn(page, 'chair')
    await openInsights(page)
    await expectNoAxeViolations(page, `insights (${viewport})`)
    await screenshot(page, `insights-${viewport}-${target}`)

    // Every label, count and table cell at 16 px or more.
    const sizes = await page.$$eval(
      '.app-review-bars__label, .app-review-bars__count, .app-review-clusters__table th, .app-review-clusters__table td',
      (elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
    )
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16)

    // Every month named, visibly, on one line.
    const months = page.getByRole('list', { name: 'Concerns by month raised' })
    const monthLabels = await months.locator('.app-review-bars__label').evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect()
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight)
        return {
          text: label.textContent ?? '',
          width: box.width,
          lines: Math.round(box.height / lineHeight),
        }
      }),
    )
    expect(monthLabels.length).toBeGreaterThan(1)
    for (const label of monthLabels) {
      expect(label.text).toMatch(/^[A-Z][a-z]{2,3} \d{4}$/)
      expect(label.width).toBeGreaterThan(0)
      expect(label.lines).toBe(1)
    }

    // No theme name runs to three lines.
    const themeLines = await page
      .getByRole('list', { name: 'Concerns by risk theme' })
      .locator('.app-review-bars__label')
      .evaluateAll((labels) =>
        labels.map((label) =>
          Math.round(
            label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight),
          ),
        ),
      )
    expect(Math.max(...themeLines)).toBeLessThanOrEqual(2)

    // A bar opens the queue with the same count.
    const bar = page
      .getByRole('list', { name: 'Concerns by risk theme' })
      .getByRole('link', { name: /^Adolescent vulnerability: / })
    const barCount = await shownCount(bar)
    expect(barCount).toBeGreaterThan(0)
    await bar.click()
    await expectQueueCount(page, barCount)
    await expectNoAxeViolations(page, `queue from a bar (${viewport})`)

    // So does a cell of the theme-by-division table.
    await page.goBack()
    await openInsights(page)
    const cell = page
      .getByRole('table', { name: /^Concerns by division and risk theme/ })
      .getByRole('link')
      .first()
    const cellCount = await shownCount(cell)
    expect(cellCount).toBeGreaterThan(0)
    await cell.click()
    await expectQueueCount(page, cellCount)

    expect(pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
    await context.close()
  })
})
