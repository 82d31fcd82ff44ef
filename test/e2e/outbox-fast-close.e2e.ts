// The fast-close measurement of issue 12 (before: 2 losses in 25): a councillor presses Send with
// no signal and the page is closed the moment "waiting to send" shows, N times. A concern is lost
// if the next page's storage, read before any of the app's code runs, does not hold it. Each one
// that was kept is then sent, and must arrive once.
//
//   npx vitest run --config vitest.e2e.config.ts test/e2e/outbox-fast-close.e2e.ts     (N = 10)
//   OUTBOX_FAST_CLOSES=100 npx vitest run --config vitest.e2e.config.ts test/e2e/outbox-fast-close.e2e.ts
//
// The app's own last-moment saves (on pagehide and on visibilitychange) are switched off first,
// as when a tablet ends a backgrounded tab without either event: only what was written before the
// message counts. OUTBOX_FAST_CLOSE_UNLOAD_SAVES=on leaves them on (Playwright's close fires
// pagehide, which then saves any build's queue in time).
// Against the production build and the real server; OUTBOX_FAST_CLOSE_TARGET=demo runs it on the
// demo build (whose mock service worker must then be running).
import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  newContext,
  openPage,
  SAMPLE_ANSWERS,
  signIn,
  toCheckAnswers,
  uniqueTitle,
  type Target,
} from './support'

const RUNS = Number(process.env.OUTBOX_FAST_CLOSES ?? '10')
const TARGET: Target = process.env.OUTBOX_FAST_CLOSE_TARGET === 'demo' ? 'demo' : 'server'
const UNLOAD_SAVES = process.env.OUTBOX_FAST_CLOSE_UNLOAD_SAVES === 'on'
const CACHE_KEY = 'eyes-and-ears.query-cache'

declare global {
  interface Window {
    /** The saved query cache as the page found it, before the app's code ran. */
    savedAtOpen?: string | null
  }
}

/** Sends with no signal and closes the page as soon as it says the concern is waiting. */
async function sendAndCloseFast(context: BrowserContext, title: string): Promise<void> {
  const app = await openPage(context, '/')
  await toCheckAnswers(app.page, { ...SAMPLE_ANSWERS, title })
  await context.setOffline(true)
  await app.page.getByRole('button', { name: 'Send concern' }).click()
  await app.page
    .getByRole('heading', { level: 1, name: 'Your concern is waiting to send' })
    .waitFor()
  await app.page.close()
  await context.setOffline(false)
}

describe(`closing the page as soon as a concern is waiting to send (${TARGET})`, () => {
  it(`keeps every one of ${RUNS} concerns`, { timeout: 30_000 + RUNS * 20_000 }, async () => {
    const context = await newContext('portrait', TARGET)
    await context.addInitScript(
      ({ key, unloadSaves }) => {
        window.savedAtOpen = localStorage.getItem(key)
        if (unloadSaves) return
        // Registered before the app's listeners, in the capture phase: theirs never run.
        const swallow = (event: Event) => event.stopImmediatePropagation()
        window.addEventListener('pagehide', swallow, true)
        document.addEventListener('visibilitychange', swallow, true)
      },
      { key: CACHE_KEY, unloadSaves: UNLOAD_SAVES },
    )
    const first = await openPage(context, '/sign-in')
    await signIn(first.page, 'cllr-banbury')
    await first.page.close()

    const lost: string[] = []
    for (let run = 1; run <= RUNS; run += 1) {
      const title = uniqueTitle(`Fast close ${run}`)
      await sendAndCloseFast(context, title)
      const next = await openPage(context, '/')
      const saved = await next.page.evaluate(() => window.savedAtOpen ?? '')
      if (saved.includes(title)) {
        // Kept: it goes now, and the next run starts with an empty queue.
        await next.page
          .getByRole('alert')
          .filter({ hasText: 'Your concern has been sent' })
          .waitFor()
      } else {
        lost.push(title)
      }
      await next.page.close()
    }
    console.info(
      `Fast close (${TARGET}, unload saves ${UNLOAD_SAVES ? 'on' : 'off'}): ${lost.length} lost of ${RUNS}`,
    )
    expect(lost).toEqual([])
  })
})
