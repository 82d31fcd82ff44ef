// The chair's review workspace in real Chromium, against both back ends (the demo build's mock
// API and the real server), at 768×1024 unless said otherwise: a councillor raises a concern
// through the form, the chair finds it with a filter, acknowledges it and replies, and the
// councillor's My concerns shows the reply as new until it is opened; two chair pages on one
// concern produce the conflict notice; a councillor gets the 403 page and a 403 from the API;
// insights; axe on every review page and state, and no Content Security Policy violation;
// screenshots in test-results/screenshots/review-*.png.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  callApi,
  confirmedReference,
  cspViolations,
  expectNoAxeViolations,
  expectHeading1,
  horizontalOverflow,
  newContext,
  openPage,
  POLL,
  SAMPLE_ANSWERS,
  screenshot,
  signIn,
  signOut,
  toCheckAnswers,
  uniqueTitle,
  waitForHeading1,
  waitForPage,
  type Target,
  type ViewportName,
} from './support'

const TARGETS: Array<[Target]> = [['demo'], ['server']]

const queueAnswered = (page: Page) =>
  page.getByText(/^(Showing [\d,]+ to [\d,]+ of|No concerns match)/).waitFor()

/** Insights draws its four charts as lists of bars (links), in HTML. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.app-review-bars').length >= 4)
}

describe.each(TARGETS)('the chair’s workspace across both roles at 768×1024 (%s)', (target) => {
  it('closes the loop: raised, found with a filter, acknowledged, replied to, seen', async () => {
    const title = uniqueTitle('Skate park')
    const context = await newContext('portrait', target)
    const { page, pageErrors } = await openPage(context, '/sign-in')

    // A councillor for Didcot Ladygrove raises it through the form, in their own division.
    await signIn(page, 'cllr-didcot')
    await toCheckAnswers(page, { ...SAMPLE_ANSWERS, title })
    await page.getByRole('button', { name: 'Send concern' }).click()
    const reference = await confirmedReference(page)
    await signOut(page)

    await signIn(page, 'chair')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review concerns' })
      .click()
    await page.waitForURL((url) => url.pathname === '/review')
    await expectHeading1(page, 'Concerns to review')
    await queueAnswered(page)
    await page.getByRole('option', { name: 'Didcot Ladygrove' }).waitFor({ state: 'attached' })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, 'review queue')
    await screenshot(page, `review-queue-portrait-${target}`)

    // Find it: division and text, then the Submitted tab. On a tablet the filters start folded.
    const filters = page.locator('details.app-review-filters__details')
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
    await page.getByText('Filter and sort', { exact: true }).click()
    await page
      .getByRole('combobox', { name: 'Division' })
      .selectOption({ label: 'Didcot Ladygrove' })
    await page.getByRole('searchbox', { name: 'Search' }).fill(title)
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.getByText('Showing 1 to 1 of 1 concern', { exact: true }).waitFor()
    await page.getByRole('link', { name: /^Submitted/ }).click()
    await page.waitForURL((url) => url.searchParams.get('status') === 'submitted')
    await page.getByText('Showing 1 to 1 of 1 concern', { exact: true }).waitFor()
    const filteredUrl = new URL(page.url())
    expect(Object.fromEntries(filteredUrl.searchParams)).toEqual({
      status: 'submitted',
      division: 'didcot-ladygrove',
      q: title,
    })
    await expectNoAxeViolations(page, 'review queue, filtered')
    await screenshot(page, `review-queue-filtered-portrait-${target}`)

    // Open it.
    await page.getByRole('link', { name: new RegExp(`^${reference} ${title}`) }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/review/'))
    const id = decodeURIComponent(new URL(page.url()).pathname.slice('/review/'.length))
    await expectHeading1(page, title)
    await expectNoAxeViolations(page, 'concern page')
    await screenshot(page, `review-concern-portrait-${target}`)

    // Acknowledge, then reply from a template, edited.
    await page.getByRole('button', { name: 'Acknowledge' }).click()
    await page.getByText('The concern is now acknowledged.').waitFor()
    await page.getByText('Reply to the councillor', { exact: true }).click()
    await page.getByRole('button', { name: 'Use the template Received' }).click()
    const reply = page.getByRole('textbox', { name: 'Your reply' })
    await reply.press('End')
    await reply.pressSequentially(' I have asked the youth service what they know.')
    await page.getByRole('button', { name: 'Send reply' }).click()
    await page
      .getByText('Your reply was sent. The councillor will see it in My concerns.')
      .waitFor()
    await expectNoAxeViolations(page, 'concern page after a reply')
    await screenshot(page, `review-concern-replied-portrait-${target}`)

    // Back to the queue keeps the filtered view.
    await page.getByRole('link', { name: 'Back to the concerns' }).click()
    await page.waitForURL((url) => url.pathname === '/review')
    expect(new URL(page.url()).search).toBe(filteredUrl.search)
    await signOut(page)

    // The councillor's side: the new status and the reply, new until opened.
    await signIn(page, 'cllr-didcot')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My concerns' })
      .click()
    await waitForPage(page, 'My concerns')
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: title, exact: true }),
    })
    await item.getByText('New reply', { exact: true }).waitFor()
    await item.getByText('Acknowledged').waitFor()
    await item.getByText(reference, { exact: true }).waitFor()
    await expectNoAxeViolations(page, 'my concerns with a new reply')
    await screenshot(page, `review-my-concerns-new-reply-portrait-${target}`)

    await item.getByRole('link', { name: title, exact: true }).click()
    await page.waitForURL((url) => url.pathname === `/concerns/${id}`)
    const replies = page.getByRole('region', { name: 'Replies from the chair' })
    await replies
      .getByText(
        `Thank you for raising this concern (reference ${reference}). I have received it and will let you know what happens next. I have asked the youth service what they know.`,
        { exact: true },
      )
      .waitFor()
    await replies.getByText('New reply', { exact: true }).waitFor()
    await expectNoAxeViolations(page, 'the councillor’s concern with the reply')
    await screenshot(page, `review-councillor-reply-portrait-${target}`)

    // Opened means read: the server says so, and so does My concerns.
    await expect
      .poll(async () => {
        const answer = await callApi(page, 'GET', `/concerns/${id}`)
        return (answer.body as { unreadReplies?: number } | null)?.unreadReplies
      }, POLL)
      .toBe(0)
    await page.getByRole('link', { name: 'Back to My concerns' }).click()
    await waitForPage(page, 'My concerns')
    await item.getByText('Acknowledged').waitFor()
    await expect.poll(() => item.getByText('New reply', { exact: true }).count(), POLL).toBe(0)
    expect(pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
  })

  it('shows the conflict notice when two chair pages change the same concern', async () => {
    const context = await newContext('portrait', target)
    const first = await openPage(context, '/sign-in')
    await signIn(first.page, 'chair')
    await first.page.goto('/review/sample-08')
    await waitForHeading1(first.page)
    // A second tab of the same chair session, opened on the same concern before any change.
    const second = await openPage(context, '/review/sample-08')
    await second.page.getByRole('button', { name: 'Acknowledge' }).waitFor()

    await first.page.getByRole('button', { name: 'Acknowledge' }).click()
    await first.page.getByText('The concern is now acknowledged.').waitFor()

    await second.page.bringToFront()
    await second.page.getByRole('button', { name: 'Acknowledge' }).click()
    const notice = second.page.getByRole('region', {
      name: 'This concern changed since you opened it',
    })
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toMatch(/Status: was Submitted, now Acknowledged/)
    await expect(notice.innerText()).resolves.toMatch(
      /Demo Chair moved it from Submitted to Acknowledged/,
    )
    // The same chair in another tab: said as such, with the time.
    await expect(notice.innerText()).resolves.toMatch(
      /You \(in another tab or device\) changed its status at \d{1,2}:\d{2}(am|pm)\./,
    )
    await expect(
      second.page.evaluate(() => document.activeElement?.textContent ?? ''),
    ).resolves.toBe('This concern changed since you opened it')
    await expectNoAxeViolations(second.page, 'conflict notice')
    await screenshot(second.page, `review-conflict-portrait-${target}`)

    await notice.getByRole('button', { name: 'Discard my change' }).click()
    await second.page.getByRole('button', { name: 'Start review' }).waitFor()
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([])
    expect(cspViolations(context)).toEqual([])
  })

  it('asks before closing a concern, and axe finds nothing at the question', async () => {
    const context = await newContext('portrait', target)
    const { page } = await openPage(context, '/sign-in')
    await signIn(page, 'chair')
    await page.goto('/review/sample-06')
    await waitForHeading1(page)
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await page
      .getByRole('textbox', { name: 'Why are you closing it?' })
      .fill('Shared with the youth service; nothing further for the Board.')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Yes, close it' }).waitFor()
    await expectNoAxeViolations(page, 'close confirmation')
    await screenshot(page, `review-close-confirm-portrait-${target}`)
    await page.getByRole('button', { name: 'Yes, close it' }).click()
    await page.getByText('The concern is now closed.').waitFor()
    await expectNoAxeViolations(page, 'closed concern')
    expect(cspViolations(context)).toEqual([])
  })

  it('gives a councillor the 403 page at /review, and the API refuses them', async () => {
    const context = await newContext('portrait', target)
    const { page } = await openPage(context, '/sign-in')
    await signIn(page, 'cllr-banbury')
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Review concerns' })
        .count(),
    ).toBe(0)
    for (const path of ['/review', '/review/insights', '/review/sample-01']) {
      await page.goto(path)
      await expectHeading1(page, 'You do not have access to this page')
    }
    await expectNoAxeViolations(page, '403 for a councillor')
    await screenshot(page, `review-403-councillor-portrait-${target}`)
    expect((await callApi(page, 'GET', '/concerns/summary')).status).toBe(403)
    const own = await callApi(page, 'GET', '/concerns/sample-01')
    expect(own.status).toBe(200)
    const patch = await callApi(page, 'PATCH', '/concerns/sample-01', {
      headers: { 'If-Match': `"${(own.body as { version: number }).version}"` },
      body: { note: 'A councillor may not do this.' },
    })
    expect(patch.status).toBe(403)
    expect(cspViolations(context)).toEqual([])
  })
})

// The layout at each size, on the production build and its real server only: the pages are the
// same code on the demo, whose insights insights.e2e.ts already opens at both tablet sizes.
describe.each<[ViewportName, Target]>(
  (['portrait', 'landscape', 'narrow'] as const).map((viewport): [ViewportName, Target] => [
    viewport,
    'server',
  ]),
)('review pages at %s (%s)', (viewport, target) => {
  it('insights: charts, a table instead, no sideways scroll, axe clean', async () => {
    const context = await newContext(viewport, target)
    const { page, pageErrors } = await openPage(context, '/sign-in')
    await signIn(page, 'chair')
    await page.goto('/review/insights')
    await expectHeading1(page, 'Patterns in concerns')
    await chartsDrawn(page)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, `insights (${viewport})`)
    await screenshot(page, `review-insights-${viewport}-${target}`)
    await page.getByRole('button', { name: 'Show as table for concerns by division' }).click()
    await page.getByRole('table', { name: 'Concerns by division', exact: true }).waitFor()
    await expectNoAxeViolations(page, `insights with a table (${viewport})`)

    await page.goto('/review?sort=waiting')
    await queueAnswered(page)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, `queue (${viewport})`)
    await screenshot(page, `review-queue-${viewport}-${target}`)

    await page.goto('/review/sample-04')
    await waitForHeading1(page)
    await page.getByText('Demo Chair added an internal note').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, `review-concern-${viewport}-${target}`)
    expect(pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
  })
})
