// The app starts with no signal, from its service worker: the production build on the real
// server installs a Workbox worker that precaches the shell and every page's code, so a reload
// with the network gone still shows the app (its header, footer and a page of its own), never
// the browser's "no internet" page. The demo build has no such worker (the mock API's worker owns
// the scope there) and survives reloads without an error.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  cspViolations,
  expectNoAxeViolations,
  heading1,
  newContext,
  openApp,
  openPage,
  POLL,
  screenshot,
  signIn,
  waitForHeading1,
} from './support'

/** Script URLs (path only) of every service worker registered for the page's origin. */
function registeredWorkers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations()
    return registrations.map((registration) => {
      const worker = registration.active ?? registration.waiting ?? registration.installing
      return worker ? new URL(worker.scriptURL).pathname : '(none)'
    })
  })
}

/** Waits until the app's worker is active, i.e. it has precached everything it needs. */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.scriptURL
  })
}

/** The path of every response in the origin's Cache Storage, whichever cache holds it. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname)
    }
    return paths
  })
}

const controlled = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)

/** The header and footer the app draws on every page. */
async function expectAppShell(page: Page): Promise<void> {
  expect(page.url()).not.toMatch(/^chrome-error:/)
  await page.locator('header.app-header').getByText('Eyes and Ears').first().waitFor()
  await page
    .locator('footer.app-footer')
    .getByText(/not for reporting a child at risk/)
    .waitFor()
}

describe('offline start, against the real server (768×1024)', () => {
  it('opens the app from its service worker after a reload with no signal', async () => {
    const context = await newContext('portrait', 'server')
    const app = await openPage(context, '/sign-in')
    await signIn(app.page, 'cllr-banbury')
    for (const path of ['/risks', '/concerns', '/about']) {
      await app.page.goto(path)
      await waitForHeading1(app.page)
    }
    await workerActive(app.page)
    expect(await registeredWorkers(app.page)).toEqual(['/sw.js'])
    // The app's code is kept; nothing the API answered is (it is personal, and no-store).
    const cached = await cachedPaths(app.page)
    expect(cached).toContain('/index.html')
    expect(cached.some((path) => path.startsWith('/assets/') && path.endsWith('.css'))).toBe(true)
    expect(cached.filter((path) => path.startsWith('/api/'))).toEqual([])

    await context.setOffline(true)
    // A public page: everything on it is in the app, so it is whole with no signal.
    await app.page.reload()
    await expectAppShell(app.page)
    expect(await controlled(app.page)).toMatch(/\/sw\.js$/)
    expect(await heading1(app.page)).toMatch(/about/i)
    await screenshot(app.page, 'offline-start-1-about-portrait')

    // A signed-in page: the app itself starts and says what it cannot do, in its own words.
    await app.page.goto('/risks')
    await expectAppShell(app.page)
    await waitForHeading1(app.page)
    await expect
      .poll(() => app.page.getByRole('main').innerText(), POLL)
      .toMatch(/offline|could not reach|no signal|connection/i)
    await expectNoAxeViolations(app.page, 'a signed-in page, started offline')
    await screenshot(app.page, 'offline-start-2-risks-portrait')

    // A brand-new page in the same browser, as when the tablet reopens the app.
    const reopened = await openPage(context, '/', { waitForHeading: false })
    await expectAppShell(reopened.page)
    await waitForHeading1(reopened.page)

    // Back online, the same tab carries on without being reloaded by hand.
    await context.setOffline(false)
    await app.page.goto('/risks')
    await app.page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'attached' })
    await waitForHeading1(app.page)
    expect(app.pageErrors).toEqual([])
    expect(reopened.pageErrors).toEqual([])
    expect(cspViolations(context)).toEqual([])
  })

  it('never answers the API or the health checks with the app, even offline', async () => {
    const context = await newContext('portrait', 'server')
    const app = await openPage(context, '/about')
    await workerActive(app.page)
    await app.page.reload()
    await waitForHeading1(app.page)
    expect(await controlled(app.page)).toMatch(/\/sw\.js$/)

    // Online: the server answers these itself, through the worker.
    for (const path of ['/healthz', '/api/v1/session']) {
      const response = await app.page.goto(path)
      expect(response?.headers()['content-type'], path).not.toMatch(/text\/html/)
    }
    // Offline: a failed navigation, not the app pretending to be the API.
    await app.page.goto('/about')
    await context.setOffline(true)
    for (const path of ['/readyz', '/api/v1/objectives']) {
      const error = await app.page.goto(path).then(
        () => null,
        (failure: unknown) => failure,
      )
      expect(error, path).toBeInstanceOf(Error)
    }
  })
})

describe('the demo build has no offline worker of its own', () => {
  it('registers only the mock API, and reloads without an error', async () => {
    const app = await openApp('/sign-in')
    await waitForHeading1(app.page)
    expect(await registeredWorkers(app.page)).toEqual(['/demo-api-worker.js'])
    for (let reload = 0; reload < 3; reload += 1) {
      await app.page.reload()
      await waitForHeading1(app.page)
      await app.page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
    }
    expect(await registeredWorkers(app.page)).toEqual(['/demo-api-worker.js'])
    expect(app.pageErrors).toEqual([])
  })

  it('keeps the mock API registered when its last page closes, so the next page finds it whole', async () => {
    const app = await openApp('/sign-in')
    await app.page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
    // What MSW's page tells the worker as it unloads. Alone, MSW's worker would unregister, and
    // a page starting at that moment fails on the registration it found (mswjs/msw#2006).
    await app.page.evaluate(async () => {
      const worker = navigator.serviceWorker.controller
      if (!worker) throw new Error('The page is not served by the mock API.')
      // The worker answers a keep-alive after it has handled the message before it.
      const answered = new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener(
          'message',
          function onMessage(event: MessageEvent) {
            const data: unknown = event.data
            if (
              typeof data === 'object' &&
              data &&
              'type' in data &&
              data.type === 'KEEPALIVE_RESPONSE'
            ) {
              navigator.serviceWorker.removeEventListener('message', onMessage)
              resolve()
            }
          },
        )
      })
      worker.postMessage('CLIENT_CLOSED')
      worker.postMessage('KEEPALIVE_REQUEST')
      await answered
    })
    expect(await registeredWorkers(app.page)).toEqual(['/demo-api-worker.js'])
    await app.page.reload()
    await app.page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
    expect(await registeredWorkers(app.page)).toEqual(['/demo-api-worker.js'])
    expect(app.pageErrors).toEqual([])
  })
})
