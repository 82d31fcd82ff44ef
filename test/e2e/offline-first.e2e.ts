// Offline first, against the real server's production build (decision 0016): a councillor reads
// the overview, the risk themes, My concerns and one concern with a signal; with none, a reload
// opens the app as them with what they read and "You're offline – last updated …" on each page.
// A concern raised offline waits on the device, is still listed after the page is closed and a
// new one opened offline, and once the signal returns it is sent exactly once (checked through
// the API) while the pages recover by themselves. After sign-out nothing of theirs is left in any
// storage the origin has.
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
  tabTo,
  toCheckAnswers,
  uniqueTitle,
  waitForPage,
  type ViewportName,
} from './support'
import { listStorage } from './support/storage'
import { QUERY_CACHE_STORAGE_KEY } from '../../src/lib/query/persistence'

const NAME = 'Demo Councillor A'

const offlineNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: /You're offline – last updated/ })

const savedText = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key) ?? '', QUERY_CACHE_STORAGE_KEY)

/** Waits until the app's service worker is active, i.e. it has precached the app. */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.scriptURL
  })
}

/** The links to the councillor's concerns in My concerns' list. */
const concernLinks = (page: Page) =>
  page.locator('.app-concerns-list').getByRole('heading', { level: 2 }).getByRole('link')

/** What a page shows when offline: the app as the councillor, the page and the notice. */
async function expectReadOffline(page: Page, heading: string | RegExp, label: string) {
  await expectHeading1(page, heading)
  await page.getByRole('banner').getByText(NAME).waitFor()
  await offlineNotice(page).waitFor()
  expect(await page.getByText(/Sorry, there is a problem|could not be loaded/).count(), label).toBe(
    0,
  )
  expect(await page.getByRole('button', { name: 'Try again' }).count(), label).toBe(0)
}

// One journey, in order; twice the usual time, as it visits eight pages and two of them twice.
describe.each<ViewportName>(['portrait', 'landscape'])('offline first (%s)', (viewport) => {
  it('reads what was read before, queues a concern, sends it once, and leaves nothing after sign-out', async () => {
    const title = uniqueTitle(`Offline first ${viewport}`)
    const context = await newContext(viewport, 'server')
    const app = await openPage(context, '/sign-in')
    await signIn(app.page, 'cllr-banbury')

    // With a signal: the overview, the risk themes, My concerns and one concern.
    await app.page.goto('/')
    await expectHeading1(app.page, 'The Board’s year at a glance')
    await app.page.getByRole('heading', { name: 'Objectives' }).waitFor()
    await app.page.locator('.app-board-card').first().waitFor()
    await app.page.goto('/risks')
    await expectHeading1(app.page, 'Risk themes')
    await app.page.locator('.app-board-card').first().waitFor()
    await app.page.goto('/concerns')
    await expectHeading1(app.page, 'My concerns')
    await concernLinks(app.page).first().waitFor()
    const concernTitle = (await concernLinks(app.page).first().innerText()).trim()
    await concernLinks(app.page).first().click()
    await expectHeading1(app.page, new RegExp(escapeRegExp(concernTitle)))
    await app.page.getByRole('heading', { level: 2, name: 'What you sent' }).waitFor()
    const concernPath = new URL(app.page.url()).pathname
    await workerActive(app.page)
    await expect.poll(() => savedText(app.page), POLL).toContain(concernTitle)
    expect(await offlineNotice(app.page).count()).toBe(0)

    // No signal; the app is reloaded, as a tablet reopening it would.
    await context.setOffline(true)
    await app.page.reload()
    await expectReadOffline(app.page, new RegExp(escapeRegExp(concernTitle)), 'the concern')
    await app.page.getByRole('heading', { level: 2, name: 'What you sent' }).waitFor()
    await expectNoAxeViolations(app.page, `a concern read offline (${viewport})`)
    await screenshot(app.page, `offline-first-1-concern-${viewport}`)

    await app.page.goto('/')
    await expectReadOffline(app.page, 'The Board’s year at a glance', 'the overview')
    await app.page.locator('.app-board-card').first().waitFor()
    await expectNoAxeViolations(app.page, `the overview offline (${viewport})`)

    await app.page.goto('/risks')
    await expectReadOffline(app.page, 'Risk themes', 'the risk themes')
    await app.page.locator('.app-board-card').first().waitFor()

    await app.page.goto('/concerns')
    await expectReadOffline(app.page, 'My concerns', 'My concerns')
    await concernLinks(app.page).getByText(concernTitle).waitFor()
    await expectNoAxeViolations(app.page, `My concerns offline (${viewport})`)
    // With the keyboard alone, a concern read before opens offline too.
    await tabTo(app.page, concernTitle)
    await app.page.keyboard.press('Enter')
    await expectReadOffline(app.page, new RegExp(escapeRegExp(concernTitle)), 'the concern again')
    await app.page.goto('/concerns')
    await expectHeading1(app.page, 'My concerns')
    await screenshot(app.page, `offline-first-2-my-concerns-${viewport}`)

    // A concern raised with no signal waits on the device.
    await toCheckAnswers(app.page, { ...SAMPLE_ANSWERS, title })
    await app.page.getByRole('button', { name: 'Send concern' }).click()
    await waitForPage(app.page, 'Your concern is waiting to send')
    await app.page.waitForFunction(
      ({ key, wanted }) => (localStorage.getItem(key) ?? '').includes(wanted),
      { key: QUERY_CACHE_STORAGE_KEY, wanted: title },
    )
    expect(app.pageErrors).toEqual([])
    await app.page.close()

    // A new page, still with no signal: the queue is still there.
    const reopened = await openPage(context, '/concerns')
    await expectReadOffline(reopened.page, 'My concerns', 'My concerns reopened')
    const waiting = reopened.page.getByRole('region', { name: 'Not sent yet' })
    await waiting.getByText(title).waitFor()
    await screenshot(reopened.page, `offline-first-3-not-sent-yet-${viewport}`)

    // The signal returns: sent once, and the page recovers by itself.
    await context.setOffline(false)
    await reopened.page
      .getByRole('alert')
      .filter({ hasText: 'Your concern has been sent' })
      .waitFor()
    await concernLinks(reopened.page).getByText(title, { exact: true }).waitFor()
    await expect.poll(() => offlineNotice(reopened.page).count(), POLL).toBe(0)
    expect(await waiting.count()).toBe(0)
    expect(await reopened.page.getByRole('button', { name: 'Try again' }).count()).toBe(0)
    expect(await reopened.page.getByText(/Sorry/).count()).toBe(0)
    await expectNoAxeViolations(reopened.page, `My concerns back online (${viewport})`)

    const councillor = await apiSignIn('cllr-banbury')
    const stored = await searchConcerns(councillor, title)
    expect(stored.items.map((item) => item.title)).toEqual([title])
    // Exactly once, also after the app has had every chance to send it again.
    await reopened.page.reload()
    await concernLinks(reopened.page).getByText(title, { exact: true }).waitFor()
    await reopened.page.goto(concernPath)
    await reopened.page.getByRole('heading', { level: 2, name: 'What you sent' }).waitFor()
    expect((await searchConcerns(councillor, title)).total).toBe(1)

    // Sign-out: nothing of theirs is left, in any storage.
    await signOut(reopened.page)
    const listing = await listStorage(reopened.page)
    const text = JSON.stringify(listing)
    for (const mine of [NAME, concernTitle, title, SAMPLE_ANSWERS.details]) {
      expect(text, `left in storage after sign-out: ${mine}`).not.toContain(mine)
    }
    // At most the saved copy of what is the same for everyone (the Board's content, the lists).
    expect(
      Object.keys(listing.localStorage).filter((key) => key !== QUERY_CACHE_STORAGE_KEY),
    ).toEqual([])
    const saved = JSON.parse(listing.localStorage[QUERY_CACHE_STORAGE_KEY] ?? 'null') as {
      clientState: { mutations: unknown[]; queries: { queryKey: unknown[] }[] }
    } | null
    expect(saved?.clientState.mutations ?? []).toEqual([])
    const roots = (saved?.clientState.queries ?? []).map((query) => String(query.queryKey[0]))
    expect(roots.filter((root) => !['board', 'reference'].includes(root))).toEqual([])
    expect(Object.keys(listing.sessionStorage)).toEqual([])
    expect(listing.indexedDb).toEqual([])
    const apiUrls = Object.values(listing.caches)
      .flat()
      .filter((url) => new URL(url).pathname.startsWith('/api/'))
    expect(apiUrls).toEqual([])
    expect(reopened.pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
  }, 120_000)
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
