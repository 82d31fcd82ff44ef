// A concern sent with no signal, against the real server (the production build, no mock): it
// waits on the device, survives the page being closed, and once back online the server stores it
// exactly once — checked through the API as the chair, not through the app that sent it.
// Reopening the app while still offline needs a service worker that keeps the app shell, which
// the production build does not have yet (the offline-first issue): until then the browser shows
// its own offline page, and the concern waits on the device for the next time the app opens.
import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiSignIn,
  cspViolations,
  expectNoAxeViolations,
  newContext,
  openPage,
  POLL,
  SAMPLE_ANSWERS,
  screenshot,
  searchConcerns,
  signIn,
  toCheckAnswers,
  uniqueTitle,
  waitForPage,
  type ApiSession,
  type AppPage,
} from './support'

const waitingBanner = (app: AppPage) =>
  app.page
    .getByRole('region', { name: 'Waiting to send' })
    .getByText('1 concern is waiting to send')

/** Signs in, fills the form, sends it with no signal and closes the page; still offline after. */
async function queueWithNoSignal(
  context: BrowserContext,
  title: string,
  chair: ApiSession,
): Promise<void> {
  const app = await openPage(context, '/sign-in')
  await signIn(app.page, 'cllr-banbury')
  await toCheckAnswers(app.page, { ...SAMPLE_ANSWERS, title })

  await context.setOffline(true)
  await app.page.getByRole('button', { name: 'Send concern' }).click()
  await waitForPage(app.page, 'Your concern is waiting to send')
  await waitingBanner(app).waitFor()
  await expectNoAxeViolations(app.page, 'waiting to send (server)')
  await screenshot(app.page, 'server-offline-1-waiting-portrait')
  // Saved on the device before the page goes, or closing it would lose the concern.
  await app.page.waitForFunction((wanted) => {
    const saved = localStorage.getItem('eyes-and-ears.query-cache') ?? ''
    return saved.includes('idempotencyKey') && saved.includes(wanted)
  }, title)
  expect((await searchConcerns(chair, title)).total).toBe(0)
  expect(app.pageErrors).toEqual([])
  await app.page.close()
}

/** Back online on an open page: the success banner with the reference the server gave it. */
async function expectSentOnce(app: AppPage, title: string, chair: ApiSession): Promise<void> {
  const sent = app.page.getByRole('alert').filter({ hasText: 'Your concern has been sent' })
  await sent.waitFor()
  await expect
    .poll(async () => (await searchConcerns(chair, title)).items.map((item) => item.title), POLL)
    .toEqual([title])
  const [stored] = (await searchConcerns(chair, title)).items
  await sent.getByText(`Reference ${stored?.reference ?? '(none)'}.`).waitFor()
  await expect(app.page.getByRole('region', { name: 'Waiting to send' }).count()).resolves.toBe(0)
  await expectNoAxeViolations(app.page, 'sent banner (server)')

  // Exactly once, also after the app has had every chance to send it again.
  await app.page.reload()
  await app.page.getByRole('heading', { level: 1 }).first().waitFor()
  await app.page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'attached' })
  expect((await searchConcerns(chair, title)).total).toBe(1)
  expect(app.pageErrors).toEqual([])
}

describe('sending a concern with no signal, against the real server (768×1024)', () => {
  it('sends it once when the app is reopened online', async () => {
    const title = uniqueTitle('Offline reopened online')
    const chair = await apiSignIn('chair')
    const context = await newContext('portrait', 'server')
    await queueWithNoSignal(context, title, chair)

    await context.setOffline(false)
    const reopened = await openPage(context, '/')
    await expectSentOnce(reopened, title, chair)
    expect(cspViolations(context)).toEqual([])
  })
})
