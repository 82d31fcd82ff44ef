// Sign-out on a shared tablet, against the real server's production build: two tabs of one
// browser share the session cookie and storage. Signing out in one reaches the other within a
// second, and afterwards every storage the page can reach is listed and holds nothing of the
// councillor's (their name, their concerns' titles) and no answer from the API.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { QUERY_CACHE_STORAGE_KEY } from '../../src/lib/query/persistence'
import {
  continueTo,
  expectHeading1,
  expectNoAxeViolations,
  newContext,
  openPage,
  passInterruption,
  signIn,
  signOut,
  type ViewportName,
} from './support'
import { listStorage } from './support/storage'

const NAME = 'Demo Councillor A'

/** What the query cache's saved copy looks like (TanStack Query's dehydrated state). */
interface SavedCache {
  clientState: { mutations: unknown[]; queries: { queryKey: unknown[] }[] }
}

/** Query keys whose answers are the same for everyone and may outlive a sign-out. */
const SHARED_QUERY_ROOTS = ['board', 'reference']
/** The concern drafts kept on the device, by key. */
const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('concern-draft')))

/** The saved copy of the query cache, as text. */
const savedText = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key) ?? '', QUERY_CACHE_STORAGE_KEY)

const signedInName = (page: Page) => page.getByRole('banner').getByText(NAME)

describe.each<ViewportName>(['portrait', 'landscape'])('sign-out across tabs (%s)', (viewport) => {
  it('reaches the other tab within a second and leaves nothing of the user behind', async () => {
    const context = await newContext(viewport, 'server')
    const first = await openPage(context, '/sign-in')
    await signIn(first.page, 'cllr-banbury')
    await signedInName(first.page).waitFor()

    // The second tab reads the councillor's own concerns, which the first tab never opened.
    const second = await openPage(context, '/concerns')
    await expectHeading1(second.page, 'My concerns')
    const concernLinks = second.page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .getByRole('link')
    await concernLinks.first().waitFor()
    const titles = (await concernLinks.allInnerTexts()).map((text) => text.trim())
    await concernLinks.first().click()
    await second.page.getByRole('heading', { level: 1, name: titles[0] }).waitFor()

    // What they read is saved for reading offline (decision 0016): their name and the concern's
    // title are on the device until they sign out.
    await expect.poll(() => savedText(first.page)).toContain(titles[0] ?? '(no title)')
    expect(await savedText(first.page)).toContain(NAME)

    await signOut(first.page)
    const signedOutAt = Date.now()
    await expectHeading1(second.page, 'Sign in')
    const reachedAfter = Date.now() - signedOutAt
    expect(reachedAfter, 'milliseconds for the sign-out to reach the other tab').toBeLessThan(1_000)
    await expect.poll(() => signedInName(second.page).count()).toBe(0)
    await expectNoAxeViolations(second.page, `sign-in after sign-out elsewhere (${viewport})`)

    // Back in the second tab shows nothing of theirs: the session is gone, so sign-in again.
    await second.page.goBack()
    await expectHeading1(second.page, 'Sign in')

    for (const page of [first.page, second.page]) {
      const listing = await listStorage(page)
      const text = JSON.stringify(listing)
      expect(text, 'the councillor’s name left in storage').not.toContain(NAME)
      for (const title of titles) {
        expect(text, `a concern title left in storage: ${title}`).not.toContain(title)
      }
      const apiUrls = Object.values(listing.caches)
        .flat()
        .filter((url) => new URL(url).pathname.startsWith('/api/'))
      expect(apiUrls, 'API answers kept in Cache Storage').toEqual([])
      // Only the saved copy of the shared, non-personal answers may stay (the Board's content and
      // the lists the form offers), with no change waiting to be sent: listed, so that a new key
      // or a newly saved answer has to be looked at.
      expect(Object.keys(listing.localStorage).sort()).toEqual([QUERY_CACHE_STORAGE_KEY])
      const saved = JSON.parse(listing.localStorage[QUERY_CACHE_STORAGE_KEY] ?? '{}') as SavedCache
      expect(saved.clientState.mutations).toEqual([])
      const roots = saved.clientState.queries.map((query) => String(query.queryKey[0]))
      expect(roots.filter((root) => !SHARED_QUERY_ROOTS.includes(root))).toEqual([])
      expect(Object.keys(listing.sessionStorage).sort()).toEqual([])
      expect(listing.indexedDb).toEqual([])
    }
  })

  it('stops a half-filled form in another tab from saving its draft again', async () => {
    const context = await newContext(viewport, 'server')
    const first = await openPage(context, '/sign-in')
    await signIn(first.page, 'cllr-banbury')

    const second = await openPage(context, '/concerns/new')
    await passInterruption(second.page)
    await second.page.getByLabel('Where in the division? (optional)').fill('By the canal bridge')
    await continueTo(second.page, 'What is it about?')
    await expect.poll(() => draftKeys(second.page)).not.toEqual([])

    // The draft makes sign-out warn first; the councillor deletes it and signs out.
    await first.page.getByRole('button', { name: 'Sign out' }).click()
    await first.page.getByRole('button', { name: 'Sign out and delete it' }).click()
    await expectHeading1(first.page, 'Sign in')
    await expectHeading1(second.page, 'Sign in')

    // A late autosave of the form that was on screen would bring the draft back.
    await second.page.waitForTimeout(1_500)
    expect(await draftKeys(second.page)).toEqual([])
    expect(JSON.stringify(await listStorage(second.page))).not.toContain('canal bridge')
  })
})
