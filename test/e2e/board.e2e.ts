// The board (overview, objectives, risk themes) in real Chromium against the demo build, at the two
// tablet layouts: walk the overview, an objective and a risk theme; axe on each; the main action
// on the first screen; an open card leaves its neighbours alone; one journey by keyboard alone;
// Recharts arrives only as the charts come near the screen; print opens every card.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  expectHeading1,
  expectNoAxeViolations,
  focused,
  horizontalOverflow,
  openApp,
  screenshot,
  signIn,
  tabTo,
  waitForHeading1,
  type ViewportName,
} from './support'

/** The overview has loaded its cards (objectives and risk themes come from the API). */
async function overviewLoaded(page: Page): Promise<void> {
  await page.getByRole('heading', { name: /^Risk theme 3/ }).waitFor()
  await page.getByRole('heading', { name: /^Objective 4/ }).waitFor()
}

/** Pictures drawn with Recharts, not their placeholders. */
const drawnCharts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.app-chart [role="img"] svg').length)

/**
 * Charts are drawn as they come near the screen, with lazily loaded code: scroll to each as a
 * reader would, wait for the pictures themselves, then go back to the top.
 */
async function chartsDrawn(page: Page, count: number): Promise<void> {
  const charts = page.locator('.app-chart')
  await charts.nth(count - 1).waitFor()
  for (const chart of await charts.all()) await chart.scrollIntoViewIfNeeded()
  await page.waitForFunction(
    (wanted) => document.querySelectorAll('.app-chart [role="img"] svg').length >= wanted,
    count,
  )
  await page.evaluate(() => window.scrollTo(0, 0))
}

describe.each<[ViewportName]>([['portrait'], ['landscape']])('the board at %s', (viewport) => {
  it('walks the overview, an objective and a risk theme', async () => {
    const { page, pageErrors } = await openApp('/sign-in', { viewport })
    await signIn(page, 'cllr-banbury')
    expect(new URL(page.url()).pathname).toBe('/')
    await overviewLoaded(page)
    await chartsDrawn(page, 2)
    expect(await horizontalOverflow(page), 'overview').toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, `overview (${viewport})`)
    await screenshot(page, `board-overview-${viewport}`)

    // A card opens in place.
    const disclosure = page.getByRole('button', {
      name: /full wording and progress for objective 3/i,
    })
    await disclosure.click()
    await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.getByText(/own film on risk at the annual OSCB conference/).waitFor()
    await expectNoAxeViolations(page, `overview with a card open (${viewport})`)

    // An objective in full.
    await page.getByRole('link', { name: /objective 1 in full/i }).click()
    await page.waitForURL((url) => url.pathname === '/objectives/objective-1')
    await page.getByRole('heading', { level: 1, name: /Safeguarding across the child/ }).waitFor()
    await chartsDrawn(page, 1)
    await page.getByRole('link', { name: /^Risk theme 1:/ }).waitFor()
    expect(await horizontalOverflow(page), 'objective').toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, `objective 1 (${viewport})`)
    await screenshot(page, `board-objective-1-${viewport}`)

    // Its related risk theme, then back.
    await page.getByRole('link', { name: /^Risk theme 1:/ }).click()
    await page.waitForURL((url) => url.pathname === '/risks/rising-demand')
    await page.getByRole('heading', { level: 1, name: /Rising child protection/ }).waitFor()
    await page.getByRole('link', { name: /^Objective 1:/ }).waitFor()
    await expectNoAxeViolations(page, `risk theme (${viewport})`)
    await screenshot(page, `board-risk-rising-demand-${viewport}`)
    await page.goBack()
    await page.waitForURL((url) => url.pathname === '/objectives/objective-1')

    // The risk themes list, and the theme with the most sub-themes.
    await page.goto('/risks/adolescent-vulnerability')
    await waitForHeading1(page)
    await page.getByText('Child sexual exploitation', { exact: true }).waitFor()
    await expectNoAxeViolations(page, `adolescent vulnerability (${viewport})`)
    await screenshot(page, `board-risk-adolescent-vulnerability-${viewport}`)
    await page.goto('/risks')
    await page.getByRole('heading', { name: /^Risk theme 3/ }).waitFor()
    await chartsDrawn(page, 1)
    await expectNoAxeViolations(page, `risk themes (${viewport})`)
    await screenshot(page, `board-risks-${viewport}`)

    expect(pageErrors).toEqual([])
  })

  it('puts the main action on the first screen, for a councillor and for the chair', async () => {
    for (const [persona, action, href] of [
      ['cllr-banbury', 'Raise a concern', '/concerns/new'],
      ['chair', 'Review concerns', '/review'],
    ] as const) {
      const { page, context } = await openApp('/sign-in', { viewport })
      await signIn(page, persona)
      // The chair lands on the queue; their overview is a tap away.
      if (persona === 'chair') await page.goto('/overview')
      await overviewLoaded(page)
      const link = page.getByRole('main').getByRole('link', { name: action, exact: true }).first()
      await expect(link.getAttribute('href')).resolves.toBe(href)
      const box = await link.boundingBox()
      const height = page.viewportSize()?.height ?? 0
      // Whole, without scrolling (the page has not been scrolled since it opened).
      expect(box, `${action} (${persona})`).not.toBeNull()
      expect((box?.y ?? height) + (box?.height ?? 0), `${action} (${persona})`).toBeLessThanOrEqual(
        height,
      )
      await screenshot(page, `board-first-screen-${persona}-${viewport}`)
      await context.close()
    }
  })

  it('opens a card without stretching the cards beside it', async () => {
    const { page } = await openApp('/sign-in', { viewport })
    await signIn(page, 'cllr-oxford')
    await page.goto('/objectives')
    await page.getByRole('heading', { name: /^Objective 4/ }).waitFor()
    const heights = () =>
      page
        .locator('.app-board-grid--objective > li > article')
        .evaluateAll((cards) =>
          cards.map((card) => Math.round(card.getBoundingClientRect().height)),
        )
    const before = await heights()
    await page.getByRole('button', { name: /full wording and progress for objective 1/i }).click()
    await page.getByText(/from universal, through early help/).waitFor()
    const after = await heights()
    expect(after[0], 'the open card grows').toBeGreaterThan(before[0] ?? 0)
    // Its neighbour in the row, and the cards below, are no taller than before: each keeps its own
    // height rather than stretching to the open card's.
    after.slice(1).forEach((height, index) => {
      expect(height, `card ${index + 2}`).toBeLessThanOrEqual(before[index + 1] ?? 0)
    })
    expect(after[1], 'the neighbour').toBeLessThan((after[0] ?? 0) / 2)
    await screenshot(page, `board-objective-open-${viewport}`)
  })
})

describe('the board with the keyboard alone (768×1024)', () => {
  it('opens a card, follows it to the objective and on to a risk theme', async () => {
    const { page } = await openApp('/sign-in')
    await signIn(page, 'cllr-didcot')
    await overviewLoaded(page)

    const button = await tabTo(page, /full wording and progress for objective 4/i)
    expect(button.tag).toBe('button')
    await page.keyboard.press('Enter')
    await page.getByText(/specialist multi-agency protection through the Kingfisher Team/).waitFor()
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')),
    ).resolves.toBe('true')
    await page.keyboard.press('Space')
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')),
    ).resolves.toBe('false')

    await tabTo(page, /^Objective 4 in full/)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/objectives/objective-4')
    // Focus moves to the new page's heading, so the next Tab starts from the top of its content.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1')

    await tabTo(page, 'Risk theme 2: Adolescent vulnerability')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/risks/adolescent-vulnerability')
    // As on the objective: the address changes before the page's code and data arrive; until
    // then Tab only goes round the header and footer (it once did, 40 times, on a busy machine).
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
    await tabTo(page, 'Raise a concern about this')
    expect((await focused(page)).tag).toBe('a')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/concerns/new')

    // Back through the form, the theme and the objective: the overview comes back.
    await page.goBack()
    await page.goBack()
    await page.goBack()
    await page.waitForURL((url) => url.pathname === '/')
    await expectHeading1(page, 'The Board’s year at a glance')
  })
})

describe('the board at 320px wide', () => {
  it('never scrolls sideways, charts included', async () => {
    const { page } = await openApp('/sign-in', { viewport: 'narrow' })
    await signIn(page, 'cllr-banbury')
    for (const path of [
      '/',
      '/objectives',
      '/objectives/objective-1',
      '/risks',
      '/risks/adolescent-vulnerability',
    ]) {
      await page.goto(path)
      await waitForHeading1(page)
      await page.locator('.app-board-card, .app-board-detail').first().waitFor()
      if (path === '/' || path === '/risks') await chartsDrawn(page, 1)
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0)
    }
    await screenshot(page, 'board-risks-narrow')
  })
})

describe('the board loads Recharts only with a chart', () => {
  it('requests the chart chunk as the charts come near the screen, not before', async () => {
    const { page } = await openApp('/sign-in')
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.reload()
    await waitForHeading1(page)
    await page.getByRole('radio').first().waitFor()
    expect(scripts.filter((script) => script.includes('recharts'))).toEqual([])

    await signIn(page, 'cllr-banbury')
    await overviewLoaded(page)
    // The charts are at the foot of the overview, more than a screen below the first: nothing
    // of them is loaded or drawn until the reader scrolls towards them.
    const first = await page.locator('.app-chart__placeholder').nth(0).boundingBox()
    const height = page.viewportSize()?.height ?? 0
    expect(first?.y ?? 0).toBeGreaterThan(2 * height)
    expect(await drawnCharts(page)).toBe(0)
    expect(scripts.filter((script) => script.includes('recharts'))).toEqual([])

    await chartsDrawn(page, 2)
    expect(scripts.filter((script) => script.includes('recharts'))).toHaveLength(1)
  })
})

describe('printing the board', () => {
  it('drops navigation and buttons and opens every card', async () => {
    const { page } = await openApp('/sign-in')
    await signIn(page, 'cllr-banbury')
    await overviewLoaded(page)
    await chartsDrawn(page, 2)
    await page.emulateMedia({ media: 'print' })
    const shown = await page.evaluate(() => {
      const visible = (element: Element | null) =>
        element !== null && getComputedStyle(element).display !== 'none'
      return {
        nav: visible(document.querySelector('nav')),
        buttons: [...document.querySelectorAll('main button')].filter(visible).length,
        closedPanels: [...document.querySelectorAll('.app-board-card__more')].filter(
          (panel) => !visible(panel),
        ).length,
        panels: document.querySelectorAll('.app-board-card__more').length,
      }
    })
    expect(shown).toEqual({ nav: false, buttons: 0, closedPanels: 0, panels: 4 })
    await screenshot(page, 'board-overview-print')

    await page.goto('/objectives/objective-2')
    await page.getByRole('heading', { name: 'Evidence' }).waitFor()
    await screenshot(page, 'board-objective-2-print')
    await page.emulateMedia({ media: 'screen' })
  })
})
