// The two-way conversation in real Chromium, against the demo build, at both tablet sizes: the
// chair asks the councillor for more information; the councillor sees the unread count in the
// navigation and on the overview, opens the concern (both clear), answers with the keyboard
// alone; the chair sees the answer in the timeline and "Councillor replied" in the queue. Axe on
// every page visited; screenshots in test-results/screenshots/conversation-*.png.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  cspViolations,
  expectHeading1,
  expectNoAxeViolations,
  horizontalOverflow,
  newContext,
  openPage,
  POLL,
  screenshot,
  signIn,
  signOut,
  tabTo,
  type ViewportName,
} from './support'

const TITLE = 'Evening youth session cut back'
const ANSWER = 'It was Tuesday and Thursday evenings, from the start of term.'

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

/** No sideways scrolling, no axe violation, and a screenshot, on every page visited. */
async function check(page: Page, viewport: ViewportName, label: string): Promise<void> {
  expect(await horizontalOverflow(page), label).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, label)
  await screenshot(page, `conversation-${viewport}-${label.replace(/\W+/g, '-')}`)
}

describe.each<[ViewportName]>([['portrait'], ['landscape']])(
  'a conversation about a concern at %s',
  (viewport) => {
    it('the chair asks, the councillor sees it counted and answers by keyboard, the chair sees the answer', async () => {
      const context = await newContext(viewport)
      const { page, pageErrors } = await openPage(context, '/sign-in')

      // The chair asks for more, from the template, with the question filled in.
      await signIn(page, 'chair')
      await page.goto('/review/sample-04')
      await expectHeading1(page, TITLE)
      // The reply is folded to its name beside the other actions: open it first.
      await page.getByText('Reply to the councillor', { exact: true }).click()
      await page.getByRole('button', { name: 'Use the template Ask for more information' }).click()
      const reply = page.getByRole('textbox', { name: 'Your reply' })
      const template = await reply.inputValue()
      await reply.fill(template.replace('[what you would like to know]', 'which evenings'))
      await page.getByRole('button', { name: 'Send reply' }).click()
      await page
        .getByText('Your reply was sent. The councillor will see it in My concerns.')
        .waitFor()
      await signOut(page)

      // The councillor: two unread replies (the sample's and the question), counted in words.
      await signIn(page, 'cllr-banbury')
      await expectHeading1(page, 'The Board’s year at a glance')
      const counted = mainNav(page).getByRole('link', { name: 'My concerns, 2 unread replies' })
      await counted.waitFor()
      expect((await counted.innerText()).replace(/\s+/g, ' ')).toBe('My concerns 2')
      const notice = page.getByRole('region', { name: 'Replies from the chair' })
      await notice.getByText('You have 2 unread replies from the chair.').waitFor()
      await check(page, viewport, 'overview-unread')

      await notice.getByRole('link', { name: 'Read them in My concerns' }).click()
      await expectHeading1(page, 'My concerns')
      await page.getByRole('link', { name: TITLE, exact: true }).click()
      await expectHeading1(page, new RegExp(TITLE))
      const form = page.getByRole('region', { name: 'Add information' })
      await form.getByText('The chair has asked you for more information.').waitFor()
      // Opening it read the replies: the count goes.
      await mainNav(page).getByRole('link', { name: 'My concerns', exact: true }).waitFor()
      await check(page, viewport, 'concern-asked')

      // Answered with the keyboard alone.
      await tabTo(page, 'The information you want to add', 80)
      await page.keyboard.type(ANSWER)
      await tabTo(page, 'Send to the chair')
      await page.keyboard.press('Enter')
      await form.getByText('Your information was sent to the chair.').waitFor()
      const timeline = page.getByRole('region', { name: 'What has happened' })
      const last = timeline.getByRole('listitem').last()
      await last.getByText('You added information', { exact: true }).waitFor()
      await last.getByText(ANSWER).waitFor()
      await check(page, viewport, 'concern-answered')

      await mainNav(page).getByRole('link', { name: 'Overview' }).click()
      await expectHeading1(page, 'The Board’s year at a glance')
      await expect
        .poll(() => page.getByRole('region', { name: 'Replies from the chair' }).count(), POLL)
        .toBe(0)
      await signOut(page)

      // The chair: "Councillor replied" in the queue, the answer in the timeline.
      await signIn(page, 'chair')
      await page.goto(`/review?q=${encodeURIComponent(TITLE)}`)
      await expectHeading1(page, 'Concerns to review')
      // A card of the list held upright, a row of the table sideways.
      const card = page
        .getByRole('listitem')
        .or(page.getByRole('row'))
        .filter({
          has: page.getByRole('link', { name: new RegExp(TITLE) }),
        })
      await card.getByText('Councillor replied', { exact: true }).waitFor()
      await check(page, viewport, 'queue-councillor-replied')
      await card.getByRole('link', { name: new RegExp(TITLE) }).click()
      await expectHeading1(page, TITLE)
      const entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').last()
      await entry.getByText(/added information$/).waitFor()
      await entry.getByText(ANSWER).waitFor()
      await check(page, viewport, 'chair-sees-answer')

      expect(pageErrors).toEqual([])
      expect(cspViolations(context)).toEqual([])
    })
  },
)
