// A councillor signs out with a concern still waiting and keeps it on the tablet, locked, against
// the real server (decision 0017): storage then holds nothing readable of it; another councillor
// signing in on the same tablet sees nothing of it and leaves the locked copy alone; the author's
// next sign-in sends it, and the server stores it exactly once (checked through the API as the
// chair, not through the app that sent it).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiSignIn,
  cspViolations,
  expectHeading1,
  expectNoAxeViolations,
  newContext,
  openPage,
  POLL,
  SAMPLE_ANSWERS,
  screenshot,
  searchConcerns,
  signIn,
  signOut,
  toCheckAnswers,
  uniqueTitle,
  waitForPage,
  type ViewportName,
} from './support'
import { listStorage } from './support/storage'

const SEALED_PREFIX = 'eyes-and-ears.sealed-outbox.'

const outboxKeyAnswered = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/session/outbox-key') && response.ok(),
  )

/** The locked copies in this origin's localStorage, by name. */
async function sealedBlobs(page: Page): Promise<Record<string, string>> {
  const { localStorage } = await listStorage(page)
  return Object.fromEntries(
    Object.entries(localStorage).filter(([key]) => key.startsWith(SEALED_PREFIX)),
  )
}

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

describe.each<ViewportName>(['portrait', 'landscape'])(
  'keeping a queued concern locked at sign-out, against the real server (%s)',
  (viewport) => {
    it('leaves nothing readable, nothing for another councillor, and is sent once to its author', async () => {
      const title = uniqueTitle('Kept locked')
      const chair = await apiSignIn('chair')
      const context = await newContext(viewport, 'server')

      // Signed in with signal: the app holds Banbury's key in memory.
      const first = await openPage(context, '/sign-in')
      const banburyKey = outboxKeyAnswered(first.page)
      await signIn(first.page, 'cllr-banbury')
      await banburyKey
      await toCheckAnswers(first.page, { ...SAMPLE_ANSWERS, title })

      // Sent with no signal; when the signal comes back the request hangs (a weak signal), so
      // the concern is still waiting when the councillor signs out.
      await context.setOffline(true)
      await first.page.getByRole('button', { name: 'Send concern' }).click()
      await waitForPage(first.page, 'Your concern is waiting to send')
      await first.page.route('**/api/v1/concerns', async (route) => {
        if (route.request().method() !== 'POST') return route.fallback()
        // Never answered: the page is closed with it in flight.
      })
      const posted = first.page.waitForRequest(
        (request) => request.method() === 'POST' && request.url().endsWith('/api/v1/concerns'),
      )
      await context.setOffline(false)
      await posted

      // The warning offers to keep it, by keyboard.
      await first.page.getByRole('button', { name: 'Sign out' }).click()
      const warning = first.page.getByRole('region', { name: /You have 1 concern waiting to send/ })
      await warning.waitFor()
      await expectNoAxeViolations(first.page, 'sign-out warning with keep (server)')
      await screenshot(first.page, `outbox-durable-keep-${viewport}`)
      const keep = 'Keep it on this tablet, locked, and send it when I next sign in'
      await first.page.keyboard.press('Tab')
      await first.page.keyboard.press('Tab')
      expect(await focusedText(first.page)).toBe(keep)
      await first.page.keyboard.press('Enter')
      await expectHeading1(first.page, 'Sign in')
      expect(first.pageErrors).toEqual([])
      await first.page.close()

      // Every storage listed: one locked copy, and nothing readable of the concern or its author.
      const second = await openPage(context, '/sign-in')
      const listing = JSON.stringify(await listStorage(second.page))
      for (const readable of [
        title,
        SAMPLE_ANSWERS.details,
        SAMPLE_ANSWERS.location,
        'idempotencyKey',
        '"authorId"',
      ]) {
        expect(listing).not.toContain(readable)
      }
      const blobs = await sealedBlobs(second.page)
      expect(Object.keys(blobs)).toHaveLength(1)
      for (const blob of Object.values(blobs)) {
        expect(blob).toMatch(/^[A-Za-z0-9_-]+$/)
        expect(blob).not.toContain('banbury')
      }

      // Another councillor signs in: nothing of Banbury's, nothing sent, the locked copy untouched.
      const oxfordKey = outboxKeyAnswered(second.page)
      await signIn(second.page, 'cllr-oxford')
      await oxfordKey
      await second.page.goto('/concerns')
      await expectHeading1(second.page, 'My concerns')
      expect(await second.page.getByText(title).count()).toBe(0)
      expect(await second.page.getByRole('region', { name: 'Waiting to send' }).count()).toBe(0)
      await expectNoAxeViolations(second.page, 'another councillor after a kept sign-out (server)')
      expect(await sealedBlobs(second.page)).toEqual(blobs)
      expect((await searchConcerns(chair, title)).total).toBe(0)
      await signOut(second.page)
      expect(await sealedBlobs(second.page)).toEqual(blobs)

      // Banbury is back: sent once, under the key it was queued with; the locked copy goes.
      await signIn(second.page, 'cllr-banbury')
      const sent = second.page.getByRole('alert').filter({ hasText: 'Your concern has been sent' })
      await sent.waitFor()
      await expect
        .poll(
          async () => (await searchConcerns(chair, title)).items.map((item) => item.title),
          POLL,
        )
        .toEqual([title])
      const [stored] = (await searchConcerns(chair, title)).items
      expect(stored?.author.id).toBe('cllr-banbury')
      await sent.getByText(`Reference ${stored?.reference ?? '(none)'}.`).waitFor()
      await expectNoAxeViolations(second.page, 'kept concern sent (server)')
      await expect.poll(() => sealedBlobs(second.page), POLL).toEqual({})

      // Exactly once, also after the app has had every chance to send it again.
      await second.page.reload()
      await second.page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'attached' })
      await expectHeading1(second.page, /./)
      expect((await searchConcerns(chair, title)).total).toBe(1)
      expect(second.pageErrors).toEqual([])
      expect(cspViolations(context)).toEqual([])
    })
  },
)
