// Two devices against the real server (production build, real API, one database): a councillor
// raises a concern through the whole form on one tablet, the chair finds it in the review queue on
// another, acknowledges it and replies, and the councillor's My concerns shows the reply as new
// until it is opened. Each device is a browser context of its own (own cookies and storage), at
// both tablet orientations; axe on every page visited and no Content Security Policy violation.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiSignIn,
  confirmedReference,
  cspViolations,
  expectNoAxeViolations,
  fillConcernForm,
  expectHeading1,
  horizontalOverflow,
  newContext,
  openPage,
  passInterruption,
  POLL,
  SAMPLE_ANSWERS,
  screenshot,
  searchConcerns,
  signIn,
  uniqueTitle,
  waitForPage,
  type ViewportName,
} from './support'

const REPLY_ADDITION = ' I have asked the youth service what they know.'

/**
 * Axe, no sideways scrolling and a screenshot: what every page visited must pass. Screenshots are
 * numbered in the order of the journey, e.g. server-two-devices-09-chair-landscape-review-queue.png.
 */
function pageChecker(viewports: Record<Device, ViewportName>) {
  let step = 0
  return async (page: Page, device: Device, label: string): Promise<void> => {
    step += 1
    const where = `${label} (${device}, ${viewports[device]})`
    expect(await horizontalOverflow(page), where).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page, where)
    const slug = label.replace(/\W+/g, '-')
    const number = String(step).padStart(2, '0')
    await screenshot(page, `server-two-devices-${number}-${device}-${viewports[device]}-${slug}`)
  }
}

type Device = 'councillor' | 'chair'

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

describe.each<{ councillor: ViewportName; chair: ViewportName }>([
  { councillor: 'portrait', chair: 'landscape' },
  { councillor: 'landscape', chair: 'portrait' },
])(
  'two devices on the real server: councillor at $councillor, chair at $chair',
  ({ councillor, chair }) => {
    // Two devices and a dozen pages each checked by axe: longer than one page's test.
    it(
      'raises a concern, the chair acknowledges and replies, the councillor reads the reply',
      {
        timeout: 150_000,
      },
      async () => {
        const title = uniqueTitle('Skate park after dark')
        const answers = { ...SAMPLE_ANSWERS, title }
        const councillorContext = await newContext(councillor, 'server')
        const chairContext = await newContext(chair, 'server')
        const checkPage = pageChecker({ councillor, chair })

        // The councillor's tablet: sign in, then the whole form.
        const mine = await openPage(councillorContext, '/sign-in')
        await mine.page.getByRole('radio').first().waitFor()
        await checkPage(mine.page, 'councillor', 'sign-in')
        await signIn(mine.page, 'Demo Councillor A')
        await checkPage(mine.page, 'councillor', 'overview')
        await mainNav(mine.page).getByRole('link', { name: 'Raise a concern' }).click()
        await waitForPage(mine.page, 'Before you raise a concern')
        await checkPage(mine.page, 'councillor', 'interruption')
        await passInterruption(mine.page)
        await checkPage(mine.page, 'councillor', 'form')
        await fillConcernForm(mine.page, answers)
        await mine.page.getByRole('button', { name: 'Continue' }).click()
        await waitForPage(mine.page, 'Check your answers before sending')
        await mine.page.getByText(title, { exact: true }).waitFor()
        await checkPage(mine.page, 'councillor', 'check answers')
        await mine.page.getByRole('button', { name: 'Send concern' }).click()
        const reference = await confirmedReference(mine.page)
        await checkPage(mine.page, 'councillor', 'confirmation')

        // What the server stored: one concern, this reference, from this councillor.
        const chairApi = await apiSignIn('chair')
        const found = await searchConcerns(chairApi, title)
        expect(found.total).toBe(1)
        expect(found.items[0]).toMatchObject({
          reference,
          title,
          status: 'submitted',
          author: { name: 'Demo Councillor A' },
        })
        const id = found.items[0]?.id ?? ''

        // The chair's tablet: find it in the queue with a text search, open it.
        const theirs = await openPage(chairContext, '/sign-in')
        await theirs.page.getByRole('radio').first().waitFor()
        await checkPage(theirs.page, 'chair', 'sign-in')
        await signIn(theirs.page, 'Demo Chair')
        await checkPage(theirs.page, 'chair', 'overview')
        await mainNav(theirs.page).getByRole('link', { name: 'Review concerns' }).click()
        await theirs.page.waitForURL((url) => url.pathname === '/review')
        await expectHeading1(theirs.page, 'Concerns to review')
        await theirs.page.getByText(/^(Showing [\d,]+ to [\d,]+ of|No concerns match)/).waitFor()
        await checkPage(theirs.page, 'chair', 'review queue')
        const search = theirs.page.getByRole('searchbox', { name: 'Search' })
        // On a narrower tablet the filters start folded away.
        if (!(await search.isVisible())) {
          await theirs.page.getByText('Filter and sort', { exact: true }).click()
        }
        await search.fill(title)
        await theirs.page.getByRole('button', { name: 'Apply filters' }).click()
        await theirs.page.getByText('Showing 1 to 1 of 1 concern', { exact: true }).waitFor()
        await checkPage(theirs.page, 'chair', 'review queue, searched')
        // The list's link reads "<reference> <title>"; the table's, sideways, the title alone.
        await theirs.page
          .getByRole('link', { name: new RegExp(`^(${reference} )?${title}`) })
          .click()
        await theirs.page.waitForURL((url) => url.pathname === `/review/${id}`)
        await expectHeading1(theirs.page, title)
        await theirs.page.getByRole('button', { name: 'Acknowledge' }).waitFor()
        await checkPage(theirs.page, 'chair', 'concern')

        // Acknowledge, then reply from a template, edited.
        await theirs.page.getByRole('button', { name: 'Acknowledge' }).click()
        await theirs.page.getByText('The concern is now acknowledged.').waitFor()
        await theirs.page.getByText('Reply to the councillor', { exact: true }).click()
        await theirs.page.getByRole('button', { name: 'Use the template Received' }).click()
        const reply = theirs.page.getByRole('textbox', { name: 'Your reply' })
        await reply.press('End')
        await reply.pressSequentially(REPLY_ADDITION)
        const replyText = await reply.inputValue()
        expect(replyText).toContain(reference)
        await theirs.page.getByRole('button', { name: 'Send reply' }).click()
        await theirs.page
          .getByText('Your reply was sent. The councillor will see it in My concerns.')
          .waitFor()
        await checkPage(theirs.page, 'chair', 'concern replied')

        // Back on the councillor's tablet, which stayed open on the confirmation: My concerns.
        await mainNav(mine.page).getByRole('link', { name: 'My concerns' }).click()
        await waitForPage(mine.page, 'My concerns')
        const item = mine.page.getByRole('listitem').filter({
          has: mine.page.getByRole('link', { name: title, exact: true }),
        })
        await item.getByText('New reply', { exact: true }).waitFor()
        await item.getByText('Acknowledged').waitFor()
        await item.getByText(reference, { exact: true }).waitFor()
        await checkPage(mine.page, 'councillor', 'my concerns, new reply')

        // Opening it shows the reply, still marked new on this visit, and sends the read receipt.
        await item.getByRole('link', { name: title, exact: true }).click()
        await mine.page.waitForURL((url) => url.pathname === `/concerns/${id}`)
        await waitForPage(mine.page, new RegExp(title))
        const replies = mine.page.getByRole('region', { name: 'Replies from the chair' })
        await replies.getByText(replyText, { exact: true }).waitFor()
        await replies.getByText('New reply', { exact: true }).waitFor()
        await checkPage(mine.page, 'councillor', 'concern with the reply')
        const councillorApi = await apiSignIn('cllr-banbury')
        await expect
          .poll(async () => {
            const answer = await councillorApi.get(`/concerns/${id}`)
            return (answer.body as { unreadReplies?: number } | null)?.unreadReplies
          }, POLL)
          .toBe(0)

        // Read now: My concerns no longer calls it new.
        await mine.page.getByRole('link', { name: 'Back to My concerns' }).click()
        await waitForPage(mine.page, 'My concerns')
        await item.getByText('Acknowledged').waitFor()
        await expect.poll(() => item.getByText('New reply', { exact: true }).count(), POLL).toBe(0)
        await checkPage(mine.page, 'councillor', 'my concerns, read')

        const stored = await chairApi.get(`/concerns/${id}`)
        const events = (stored.body as { events: Array<{ type: string; text: string | null }> })
          .events
        expect(events.map((event) => event.type)).toEqual(['submitted', 'status-changed', 'reply'])
        expect(events.at(-1)?.text).toBe(replyText)

        expect([...mine.pageErrors, ...theirs.pageErrors]).toEqual([])
        expect(cspViolations(councillorContext)).toEqual([])
        expect(cspViolations(chairContext)).toEqual([])
      },
    )
  },
)
