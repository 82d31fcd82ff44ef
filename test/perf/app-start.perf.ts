/**
 * `npm run perf:start`: how soon a slow tablet shows the static shell (first contentful paint)
 * and then the app's own page (its heading, drawn by React), on a cold first visit with the
 * network and CPU throttled in Chromium itself (150 ms latency, 1.6 Mbit/s down, CPU 4× slower:
 * Lighthouse's slow 4G and mid-tier mobile). Lighthouse (`npm run perf`) scores the first paint;
 * this says what the wait for the page a councillor can use costs. Not part of `npm test`.
 *
 *   npm run perf:start                         the builds in dist/ and dist-server/, 7 runs
 *   npm run perf:start -- --runs 11
 *   npm run perf:start -- --against ../before  also a checkout built there (its dist/ and
 *                                              dist-server/), alternating, with ratios
 *   npm run perf:start -- --warm               a return visit instead: the offline service
 *                                              worker installed by an unthrottled visit first
 *
 * Prints the medians per page and build.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium'
import { startDemoServer, stopDemoServer } from '../tools/demo-server'
import { median } from '../tools/median'

const root = path.resolve(import.meta.dirname, '../..')
const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 7) || 7
const AGAINST = args.includes('--against')
  ? path.resolve(args[args.indexOf('--against') + 1] ?? '')
  : undefined

const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'overview', path: '/', signedIn: true },
  { name: 'concern form', path: '/concerns/new', signedIn: true },
] as const
const COUNCILLOR = 'cllr-banbury'
const WARM = args.includes('--warm')

interface Timing {
  firstPaint: number
  heading: number
}

function startServer(checkout: string, dataDir: string) {
  for (const build of ['dist', 'dist-server']) {
    if (!fs.existsSync(path.join(checkout, build))) {
      throw new Error(`${path.join(checkout, build)} is missing: build first.`)
    }
  }
  return startDemoServer({
    serverDir: path.join(checkout, 'dist-server'),
    app: path.join(checkout, 'dist'),
    dataDir,
    cwd: root,
  })
}

async function measure(browser: Browser, origin: string, page: (typeof PAGES)[number]) {
  const context = await browser.newContext({ viewport: { width: 810, height: 1080 } })
  try {
    if (page.signedIn) {
      const response = await context.request.post(`${origin}/api/v1/session`, {
        data: { personaId: COUNCILLOR },
      })
      if (response.status() !== 200) throw new Error(`Sign-in answered ${response.status()}`)
    }
    const tab = await context.newPage()
    if (WARM) {
      await tab.goto(origin + page.path)
      // Installed (its precache filled) and in control of the page, as on a councillor's tablet.
      await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      await tab.reload()
      await tab.waitForFunction(() => navigator.serviceWorker.controller !== null)
    }
    const cdp = await context.newCDPSession(tab)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await tab.goto(origin + page.path, { waitUntil: 'commit' })
    // The static shell has no heading: the first <h1> in <main> is the app's page.
    await tab.locator('main h1').first().waitFor({ timeout: 30_000 })
    return await tab.evaluate((): Timing => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      heading: performance.now(),
    }))
  } finally {
    await context.close()
  }
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eyes-and-ears-app-start-'))
  const checkouts = { this: root, ...(AGAINST ? { against: AGAINST } : {}) }
  const servers: { name: string; origin: string; child: ChildProcess }[] = []
  let browser: Browser | undefined
  try {
    for (const [name, checkout] of Object.entries(checkouts)) {
      servers.push({ name, ...(await startServer(checkout, path.join(dataDir, name))) })
    }
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    const results = new Map<string, Timing[]>()
    for (let run = 1; run <= RUNS; run++) {
      for (const page of PAGES) {
        // Alternating which build goes first, so neither always meets a warmer machine.
        for (const server of run % 2 ? servers : [...servers].reverse()) {
          const timing = await measure(browser, server.origin, page)
          const key = `${page.name}\t${server.name}`
          results.set(key, [...(results.get(key) ?? []), timing])
          console.log(
            `run ${run}/${RUNS} ${page.name} (${server.name}): first paint ${ms(timing.firstPaint)}, heading ${ms(timing.heading)}`,
          )
        }
      }
    }
    console.log(
      `\nMedians of ${RUNS} runs (${WARM ? 'return visits' : 'first visits'}): 810×1080, 150 ms latency, 1.6 Mbit/s, CPU 4× slower`,
    )
    for (const page of PAGES) {
      const of = (name: string) => {
        const timings = results.get(`${page.name}\t${name}`) ?? []
        return {
          firstPaint: median(timings.map((timing) => timing.firstPaint)),
          heading: median(timings.map((timing) => timing.heading)),
        }
      }
      const now = of('this')
      let line = `${page.name.padEnd(13)} first paint ${ms(now.firstPaint)}, app's heading ${ms(now.heading)}`
      if (AGAINST) {
        const before = of('against')
        line +=
          ` (against: ${ms(before.firstPaint)}, ${ms(before.heading)};` +
          ` ratios ${(now.firstPaint / before.firstPaint).toFixed(2)}×, ${(now.heading / before.heading).toFixed(2)}×)`
      }
      console.log(line)
    }
  } finally {
    await browser?.close()
    await Promise.all(servers.map(({ child }) => stopDemoServer(child)))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
