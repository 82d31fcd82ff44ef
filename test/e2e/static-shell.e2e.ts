// The static shell in index.html, against the real server: before any JavaScript runs the page
// shows the app's own header and footer, the same elements with the same classes and words as
// the app draws for a signed-out visitor, in the same places; and the app takes the page over
// without moving anything (no layout shift, measured by the browser itself on a slow load).
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, getBrowser, newContext, openPage, signIn, waitForHeading1 } from './support'

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
})
