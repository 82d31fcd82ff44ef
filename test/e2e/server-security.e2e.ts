// The real server's security headers as the browser meets them: the production build served with
// a strict Content Security Policy, and no page of the app breaking it — a violation is blocked
// silently in the user's browser (a chart or a style that never appears), so the browser's own
// report is watched on every page. A deliberate violation first proves the watch works.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  clearCspViolations,
  cspViolations,
  newContext,
  openPage,
  POLL,
  signIn,
  waitForHeading1,
} from './support'

/** Waits for what makes each page whole (lazy charts and API data), not just its heading. */
async function visit(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path)
  await waitForHeading1(page)
  await ready(page)
}

// Charts are drawn as they come near the screen: scroll to each, as a reader would.
const chartsDrawn = (count: number) => async (page: Page) => {
  const charts = page.locator('.app-chart')
  await charts.nth(count - 1).waitFor()
  for (const chart of await charts.all()) await chart.scrollIntoViewIfNeeded()
  await page.waitForFunction(
    (wanted) => document.querySelectorAll('[role="img"] svg').length >= wanted,
    count,
  )
}
const barsDrawn = (count: number) => async (page: Page) => {
  await page.waitForFunction(
    (wanted) => document.querySelectorAll('.app-review-bars').length >= wanted,
    count,
  )
}
const text = (value: string | RegExp) => (page: Page) => page.getByText(value).first().waitFor()

describe('security headers and the Content Security Policy, on the real server', () => {
  it('sends a strict policy with the app and the API', async () => {
    const context = await newContext('portrait', 'server')
    const page = await context.newPage()
    const response = await page.goto('/sign-in')
    const headers = (await response?.allHeaders()) ?? {}
    const policy = headers['content-security-policy'] ?? ''
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values.join(' ')] as const
      }),
    )
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('style-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    })

    const api = await page.request.get('/api/v1/session/personas')
    expect(api.status()).toBe(200)
    expect(api.headers()).toMatchObject({
      'content-security-policy': policy,
      'cache-control': 'no-store',
    })
  })

  it('reports a violation when a page breaks the policy, so silence means there was none', async () => {
    const context = await newContext('portrait', 'server')
    const { page } = await openPage(context, '/sign-in')
    expect(cspViolations(context)).toEqual([])
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes"'
      document.body.append(script)
    })
    await expect
      .poll(() => cspViolations(context).filter((violation) => violation.via === 'event'), POLL)
      .toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })])
    await expect
      .poll(() => cspViolations(context).some((violation) => violation.via === 'console'), POLL)
      .toBe(true)
    await expect(
      page.evaluate(() => document.documentElement.dataset.inlineScriptRan),
    ).resolves.toBeUndefined()
    clearCspViolations(context)
  })

  it('breaks no rule on the pages a councillor and the chair use', async () => {
    const councillor = await newContext('portrait', 'server')
    const mine = await openPage(councillor, '/sign-in')
    await mine.page.getByRole('radio').first().waitFor()
    await signIn(mine.page, 'cllr-banbury')
    const councillorPages: Array<[string, (page: Page) => Promise<void>]> = [
      ['/', chartsDrawn(2)],
      ['/objectives', text(/^Objective 4/)],
      ['/objectives/objective-1', chartsDrawn(1)],
      ['/risks', chartsDrawn(1)],
      ['/risks/adolescent-vulnerability', text('Child sexual exploitation')],
      ['/concerns', text('Evening youth session')],
      ['/concerns/sample-04', text('New reply')],
      ['/concerns/new', text('Before you raise a concern')],
      ['/about', text('On this page')],
      ['/review', text('You do not have access to this page')],
      ['/no-such-page', text('Page not found')],
    ]
    for (const [path, ready] of councillorPages) await visit(mine.page, path, ready)

    const chair = await newContext('landscape', 'server')
    const theirs = await openPage(chair, '/sign-in')
    await signIn(theirs.page, 'chair')
    const chairPages: Array<[string, (page: Page) => Promise<void>]> = [
      ['/review', text(/^Showing [\d,]+ to [\d,]+ of/)],
      // Insights draws its bars in HTML, not with the chart library.
      ['/review/insights', barsDrawn(4)],
      ['/review/sample-04', text('Demo Chair added an internal note')],
      ['/concerns/new', text(/for councillors/i)],
    ]
    for (const [path, ready] of chairPages) await visit(theirs.page, path, ready)

    expect([...mine.pageErrors, ...theirs.pageErrors]).toEqual([])
    expect(cspViolations(councillor)).toEqual([])
    expect(cspViolations(chair)).toEqual([])
  })
})
