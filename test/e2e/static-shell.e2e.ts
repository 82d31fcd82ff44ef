// The static shell in index.html, against the real server: before any JavaScript runs the page
// shows the app's own header and footer, the same elements with the same classes and words as
// the app draws for a signed-out visitor, in the same places; and the app takes the page over
// without moving anything (no layout shift, measured by the browser itself on a slow load).
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  baseUrl,
  getBrowser,
  newContext,
  openPage,
  signIn,
  waitForHeading1,
  type PersonaId,
} from './support'

interface ShellElement {
  /** tag.class1.class2 (classes sorted) */
  tag: string
  text: string
  href: string | null
  /** Rounded CSS px from the top-left of the container (the footer's place depends on the page). */
  box: { x: number; y: number; width: number; height: number }
}

/** The header's and footer's elements (what a visitor sees), in document order. */
function shellElements(page: Page, selector: string): Promise<ShellElement[]> {
  return page.evaluate((root) => {
    const container = document.querySelector(root)
    if (!container) return []
    const origin = container.getBoundingClientRect()
    return [container, ...container.querySelectorAll('*')].map((element) => {
      const rect = element.getBoundingClientRect()
      return {
        tag: [element.tagName.toLowerCase(), ...[...element.classList].sort()].join('.'),
        // Without white space: the HTML's line breaks between tags are not the app's.
        text: (element.textContent ?? '').replace(/\s+/g, ''),
        href: element.getAttribute('href'),
        box: {
          x: Math.round(rect.x - origin.x),
          y: Math.round(rect.y - origin.y),
          width: Math.round(rect.width),
          height: Math.round(rect.height),
        },
      }
    })
  }, selector)
}

async function withoutJavaScript(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const browser = await getBrowser()
  const context = await browser.newContext({
    baseURL: baseUrl('server'),
    viewport: { width: 768, height: 1024 },
    javaScriptEnabled: false,
  })
  const page = await context.newPage()
  await page.goto(path)
  return { page, context }
}

interface Shift {
  value: number
  sources: string[]
}

/**
 * Records every layout shift of the page from its first byte, as the browser reports it to the
 * Layout Instability API (what Lighthouse's CLS adds up), with the elements that moved.
 */
async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = []
    Object.assign(window, { __layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources?: { node?: Node | null }[]
        }
        if (shift.hadRecentInput) continue
        shifts.push({
          value: shift.value,
          sources: (shift.sources ?? []).map((source) => {
            const node = source.node
            if (!(node instanceof Element)) return node?.nodeName ?? '(gone)'
            const { previousRect: from, currentRect: to } = source as unknown as Record<
              'previousRect' | 'currentRect',
              DOMRectReadOnly
            >
            return `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} "${(node.textContent ?? '').trim().slice(0, 40)}" from ${from.y}+${from.height} to ${to.y}+${to.height} at ${Math.round(shift.startTime)} ms, page ${document.documentElement.scrollHeight} tall`
          }),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

const layoutShifts = (page: Page): Promise<Shift[]> =>
  page.evaluate(() => (window as unknown as { __layoutShifts: Shift[] }).__layoutShifts)

/** A tablet on a slow connection with a slow processor, as Lighthouse's tablet run simulates. */
async function slowTablet(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
}

describe('the static shell (real server, 768×1024)', () => {
  it('shows the header and footer before JavaScript, as the app draws them', async () => {
    const still = await withoutJavaScript('/sign-in')
    try {
      await still.page.locator('header.app-header').getByText('Eyes and Ears').waitFor()
      await still.page.getByText('This app is not for reporting a child at risk.').waitFor()
      await still.page.getByRole('link', { name: '0345 050 7666' }).waitFor()
      const header = await shellElements(still.page, 'header.app-header')
      const footer = await shellElements(still.page, 'footer.app-footer')
      const skipLink = await shellElements(still.page, '.govuk-skip-link')

      const app = await openPage(await newContext('portrait', 'server'), '/sign-in')
      await app.page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
      expect(await shellElements(app.page, 'header.app-header')).toEqual(header)
      expect(await shellElements(app.page, 'footer.app-footer')).toEqual(footer)
      expect(await shellElements(app.page, '.govuk-skip-link')).toEqual(skipLink)
      expect(app.pageErrors).toEqual([])
    } finally {
      await still.context.close()
    }
  })

  it('is taken over with no layout shift, signed out and signed in, on a slow tablet', async () => {
    const context = await newContext('portrait', 'server')
    await recordLayoutShifts(context)
    const shiftsOn = async (path: string): Promise<Shift[]> => {
      const page = await context.newPage()
      await slowTablet(page)
      await page.goto(path, { waitUntil: 'load' })
      await waitForHeading1(page)
      // Whatever the page still fetches after its heading, and any move that follows.
      await page.waitForLoadState('networkidle')
      const shifts = await layoutShifts(page)
      await page.close()
      return shifts
    }

    // The sign-in page's demo accounts are asked for before its first render, so they do not
    // arrive after its heading and push the footer down.
    expect(await shiftsOn('/sign-in'), 'layout shifts on /sign-in').toEqual([])
    expect(await shiftsOn('/about'), 'layout shifts on /about').toEqual([])

    const app = await openPage(context, '/sign-in')
    await signIn(app.page, 'cllr-banbury')
    for (const path of ['/', '/concerns/new', '/risks']) {
      expect(await shiftsOn(path), `layout shifts on ${path}`).toEqual([])
    }
  })

  it('asks for the app’s code only once the page is read and painted, on a slow tablet', async () => {
    const page = await (await newContext('portrait', 'server')).newPage()
    await slowTablet(page)
    await page.goto('/sign-in')
    await page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[]
      return {
        read: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.name.endsWith('.js'))
          .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
      }
    })
    expect(timing.painted).toBeGreaterThan(0)
    expect(timing.read).toBeGreaterThan(0)
    // The starter (public/start-app.js) comes with the stylesheet. Everything else (the first
    // bundle, and the sign-in page's own code, named by the server) once the starter has seen
    // the first contentful paint reach the screen, which follows the end of the page's reading;
    // code named in the head would be asked for while it is read.
    const code = timing.scripts.filter((script) => script.path !== '/start-app.js')
    expect(code.map((script) => script.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/assets\/sign-in-/)]),
    )
    const early = code.filter((script) => script.start < timing.read)
    expect(early, `asked for while the page was read (to ${timing.read} ms)`).toEqual([])
    const beforePaint = code.filter((script) => script.start < timing.painted)
    expect(beforePaint, `asked for before the first paint (${timing.painted} ms)`).toEqual([])
  })

  it('names each first page’s code in its HTML, so the app preloads none of it itself', async () => {
    // Pages the build names (vite.config.ts, firstPagePreloads), and who can open them: a wrong
    // module there would leave the app adding the real page's links itself, which this sees.
    const pages: Record<string, PersonaId | undefined> = {
      '/sign-in': undefined,
      '/about': undefined,
      '/': 'cllr-banbury',
      '/risks': 'cllr-banbury',
      '/concerns/new': 'cllr-banbury',
      '/concerns': 'cllr-banbury',
      '/review': 'chair',
    }
    const browser = await getBrowser()
    const contexts = new Map<PersonaId | undefined, BrowserContext>()
    const contextFor = async (persona: PersonaId | undefined) => {
      const known = contexts.get(persona)
      if (known) return known
      // No service worker: it would answer later visits with its own copy of index.html.
      const context = await browser.newContext({
        baseURL: baseUrl('server'),
        viewport: { width: 768, height: 1024 },
        serviceWorkers: 'block',
      })
      contexts.set(persona, context)
      // Signed in through the API (the context keeps the cookie): the sign-in page is not the
      // point here.
      if (persona) {
        const response = await context.request.post('/api/v1/session', {
          data: { personaId: persona },
        })
        expect(response.status(), `signing in as ${persona}`).toBe(200)
      }
      return context
    }
    // The scripts the HTML loads or preloads (the first bundle is a script).
    const modulePreloads = (html: string) =>
      [
        ...html.matchAll(
          /<(?:link rel="modulepreload"|script type="module")[^>]*(?:href|src)="([^"]+)"/g,
        ),
      ].map((m) => m[1])
    try {
      for (const [path, persona] of Object.entries(pages)) {
        const context = await contextFor(persona)
        const announced = modulePreloads(await (await context.request.get(path)).text())
        // More than the first bundle and its runtime: the page's chunks are named.
        expect(announced.length, path).toBeGreaterThan(2)
        const page = await context.newPage()
        await page.goto(path)
        await waitForHeading1(page)
        expect(new URL(page.url()).pathname, path).toBe(path)
        // The first page's code is all asked for before the app's first render (main.tsx).
        const inDocument = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
            (link) => new URL(link.href).pathname,
          ),
        )
        // Two chunks come after the page on purpose: the charts (drawn once the page is up)
        // and the offline worker's registration.
        const addedByApp = inDocument.filter(
          (href) =>
            !announced.includes(href) && !/recharts|register-service-worker|workbox/.test(href),
        )
        expect(addedByApp, path).toEqual([])
        await page.close()
      }
    } finally {
      for (const context of contexts.values()) await context.close()
    }
  })
})
