/**
 * `npm run perf`: the first screen on a slow tablet, measured by Lighthouse 12 against the real
 * server, each page beside a static copy of itself (the same HTML and CSS with no JavaScript: the
 * physical limit of the network and the device) and beside that copy drawn by React alone
 * (react-floor.ts: react-dom and one render of the same DOM, no router, no data, no app code: the
 * floor of the client stack), in one run. Not part of `npm test`.
 *
 *   npm run perf                       build, then measure (5 runs of each page)
 *   npm run perf -- --skip-build       measure the builds already in dist/ and dist-server/
 *   npm run perf -- --runs 7           more runs
 *   npm run perf -- --page overview    one page only
 *   npm run perf -- --cpu-slowdown 2   another CPU slowdown than Lighthouse's 4× (see below)
 *   npm run perf -- --throttling devtools
 *       throttle the real load instead of simulating it (slower): Lighthouse's simulation takes
 *       every script that finished before the first paint of an unthrottled load as blocking it,
 *       which on a fast local server hides what the static shell does on a slow network
 *
 * The tablet is simulated: an 810×1080 screen (mobile), slow 4G and a CPU 4 times slower than
 * this machine's (Lighthouse's simulated throttling). Lighthouse's 4× assumes a high-end desktop
 * (its benchmark index 1500–2000) and makes it a mid-tier phone; on a slower machine it simulates
 * a slower device than that. Every run prints the machine's benchmark index, and Lighthouse's own
 * table of multipliers (docs/throttling.md, "Calibrating the CPU slowdown") says what
 * `--cpu-slowdown` would simulate the same tablet there. Every run is a cold first visit: Lighthouse
 * clears the service worker and caches. Signed-in pages carry a session cookie of a demo
 * councillor, signed in through the API, as an extra header.
 *
 * Prints the medians of LCP, FCP, TBT, TTI, CLS, the performance score, JavaScript bytes
 * (transferred) and requests, and each page's LCP over its static copy's; writes every run to
 * test-results/perf/lighthouse.json.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import lighthouse, { type Config, type Result } from 'lighthouse'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium'
import { startDemoServer, stopDemoServer } from '../tools/demo-server'
import { freePort } from '../tools/free-port'
import { median } from '../tools/median'

const root = path.resolve(import.meta.dirname, '../..')

const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5
const SKIP_BUILD = args.includes('--skip-build')
const ONLY_PAGE = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined
const THROTTLING_METHOD = args.includes('--throttling')
  ? args[args.indexOf('--throttling') + 1]
  : 'simulate'
const CPU_SLOWDOWN = args.includes('--cpu-slowdown')
  ? Number(args[args.indexOf('--cpu-slowdown') + 1])
  : 4
if (!(CPU_SLOWDOWN >= 1)) throw new Error('--cpu-slowdown is a number, 1 or more')
if (THROTTLING_METHOD !== 'simulate' && THROTTLING_METHOD !== 'devtools') {
  throw new Error(`--throttling is simulate or devtools, not ${THROTTLING_METHOD}`)
}

/** What is measured: the page's path, and whether it needs a councillor's session. */
const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'overview', path: '/', signedIn: true },
  // The concern form's first page: its later steps open only once this one is answered.
  { name: 'concern form', path: '/concerns/new', signedIn: true },
] as const

/** A tablet (iPad-like 810×1080) on slow 4G with a 4× slower CPU, as Lighthouse simulates. */
const TABLET_SETTINGS: Config['settings'] = {
  onlyCategories: ['performance'],
  formFactor: 'mobile',
  screenEmulation: {
    mobile: true,
    width: 810,
    height: 1080,
    deviceScaleFactor: 2,
    disabled: false,
  },
  throttlingMethod: THROTTLING_METHOD,
  // Lighthouse's own "slow 4G" (mobileSlow4G): 150 ms RTT, 1.6 Mbps down, 750 kbps up.
  throttling: {
    rttMs: 150,
    throughputKbps: 1.6 * 1024,
    requestLatencyMs: 150 * 3.75,
    downloadThroughputKbps: 1.6 * 1024 * 0.9,
    uploadThroughputKbps: 750 * 0.9,
    cpuSlowdownMultiplier: CPU_SLOWDOWN,
  },
}

interface Measure {
  lcp: number
  fcp: number
  tbt: number
  /**
   * Time to interactive: the page's code has run and the main thread is quiet. The static shell
   * paints the largest content long before; this is when the page itself is there to use.
   */
  tti: number
  cls: number
  score: number
  jsBytes: number
  requests: number
  /** Lighthouse's measure of this machine's CPU at the time (its "CPU/Memory Power"). */
  benchmarkIndex: number
}

/**
 * What Lighthouse's own table (docs/throttling.md, "Calibrating the CPU slowdown") gives as the
 * multiplier that makes a machine of this benchmark index a mid-tier mobile, its 4× target.
 */
function calibrationAdvice(benchmarkIndex: number): string {
  const [bracket, multiplier] =
    benchmarkIndex >= 1500
      ? ['a high-end desktop (1,500-2,000)', 4]
      : benchmarkIndex >= 1000
        ? ['a low-end desktop (1,000-1,500)', 2]
        : benchmarkIndex >= 800
          ? ['a high-end mobile (800-1,200)', 2]
          : ['a mid-tier mobile already (under 800)', 1]
  const same =
    multiplier === CPU_SLOWDOWN ? ', as this run used' : `; this run used ${CPU_SLOWDOWN}×`
  return `Lighthouse's calibration table counts that as ${bracket}: ${multiplier}× simulates its mid-tier mobile${same}`
}

// ─── Builds and servers ────────────────────────────────────────────────────────────────────────

function run(command: string, commandArgs: string[]): Promise<void> {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
  return new Promise<void>((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')}: ${code}`)),
    )
  })
}

/**
 * A copy of the builds, so a rebuild during the run cannot change what is measured. It lives
 * under node_modules so the server's bare imports (hono, pg, …) still resolve.
 */
function snapshot(): { app: string; server: string; dir: string } {
  const cache = path.join(root, 'node_modules/.cache')
  fs.mkdirSync(cache, { recursive: true })
  const dir = fs.mkdtempSync(path.join(cache, 'eyes-and-ears-perf-'))
  for (const build of ['dist', 'dist-server']) {
    if (!fs.existsSync(path.join(root, build)))
      throw new Error(`${build}/ is missing: build first.`)
    fs.cpSync(path.join(root, build), path.join(dir, build), { recursive: true })
  }
  return { app: path.join(dir, 'dist'), server: path.join(dir, 'dist-server'), dir }
}

/** Signs a demo persona in through the API, as the browser tests do; returns the Cookie header. */
async function sessionCookie(origin: string, personaId: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ personaId }),
  })
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}`)
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .filter((pair) => pair.includes('='))
    .join('; ')
}

// ─── The static copies ─────────────────────────────────────────────────────────────────────────

/**
 * Each page as the app finally draws it, saved as HTML with every script removed, beside the
 * build's CSS: the same bytes on screen with none of the work to get there.
 */
async function staticCopies(
  browser: Browser,
  origin: string,
  cookie: string,
  appDir: string,
  outDir: string,
): Promise<Map<string, string>> {
  fs.cpSync(path.join(appDir, 'assets'), path.join(outDir, 'assets'), { recursive: true })
  const files = new Map<string, string>()
  for (const page of PAGES) {
    const context = await browser.newContext({
      viewport: { width: 810, height: 1080 },
      serviceWorkers: 'block',
      extraHTTPHeaders: page.signedIn ? { Cookie: cookie } : {},
    })
    const tab = await context.newPage()
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'networkidle' })
    await tab.getByRole('heading', { level: 1 }).first().waitFor()
    const html = await tab.evaluate(() => {
      for (const element of document.querySelectorAll('script, link[rel="modulepreload"]')) {
        element.remove()
      }
      return `<!doctype html>\n${document.documentElement.outerHTML}`
    })
    await context.close()
    const file = `${page.name.replace(/\W+/g, '-')}.html`
    fs.writeFileSync(path.join(outDir, file), html)
    files.set(page.name, `/${file}`)
  }
  return files
}

/**
 * Each static copy again with React drawing it (`react-floor.ts`, built here for production): the
 * floor of the client stack, what React alone costs before any of the app's own work.
 */
async function reactFloorCopies(
  statics: Map<string, string>,
  outDir: string,
): Promise<Map<string, string>> {
  const floorDir = path.join(outDir, 'react-floor')
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: floorDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: path.join(import.meta.dirname, 'react-floor.ts'),
        output: { entryFileNames: 'react-floor.js' },
      },
    },
  })
  const files = new Map<string, string>()
  for (const [page, file] of statics) {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8')
    const floorFile = file.replace(/\.html$/, '.react-floor.html')
    fs.writeFileSync(
      path.join(outDir, floorFile),
      html.replace(
        '</body>',
        '<script type="module" src="/react-floor/react-floor.js"></script></body>',
      ),
    )
    files.set(page, floorFile)
  }
  return files
}

/** Serves the static copies compressed and cacheable like the real server's files. */
async function serveStatic(dir: string): Promise<{ origin: string; server: http.Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
  }
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const file = path.join(dir, path.normalize(pathname))
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end()
      return
    }
    const body = fs.readFileSync(file)
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    response.end(gzip ? zlib.gzipSync(body) : body)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${port}`, server }
}

// ─── Lighthouse ────────────────────────────────────────────────────────────────────────────────

interface ResourceRow {
  resourceType?: string
  requestCount?: number
  transferSize?: number
}

/** The last report of each page, kept for a closer look (test-results/perf/<page>.report.json). */
const lastReports = new Map<string, Result>()

async function measure(url: string, port: number, cookie: string | undefined): Promise<Measure> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    { extends: 'lighthouse:default', settings: TABLET_SETTINGS },
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { audits, categories, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`)
  lastReports.set(url, result.lhr)
  const value = (id: string) => {
    const number = audits[id]?.numericValue
    if (typeof number !== 'number') throw new Error(`Lighthouse on ${url} has no ${id}`)
    return number
  }
  const details = audits['resource-summary']?.details
  const rows: ResourceRow[] = details && 'items' in details ? (details.items as ResourceRow[]) : []
  const row = (type: string) => rows.find((item) => item.resourceType === type)
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    tti: value('interactive'),
    cls: value('cumulative-layout-shift'),
    score: Math.round((categories.performance?.score ?? 0) * 100),
    jsBytes: row('script')?.transferSize ?? 0,
    requests: row('total')?.requestCount ?? 0,
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  }
}

/** Lighthouse sometimes loses the trace (NO_NAVSTART, NO_FCP): such a run is run again. */
async function measureWithRetries(
  url: string,
  port: number,
  cookie: string | undefined,
): Promise<Measure> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await measure(url, port, cookie)
    } catch (error) {
      if (attempt === 3) throw error
      console.warn(`  (run again: ${error instanceof Error ? error.message : String(error)})`)
    }
  }
}

function medians(runs: Measure[]): Measure {
  const of = (key: keyof Measure) => median(runs.map((one) => one[key]))
  return {
    lcp: of('lcp'),
    fcp: of('fcp'),
    tbt: of('tbt'),
    tti: of('tti'),
    cls: of('cls'),
    score: of('score'),
    jsBytes: of('jsBytes'),
    requests: of('requests'),
    benchmarkIndex: of('benchmarkIndex'),
  }
}

// ─── The run ───────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  if (!SKIP_BUILD) await run('npm', ['run', 'build'])
  const builds = snapshot()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ee-perf-'))
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ee-perf-static-'))
  let server: ChildProcess | undefined
  let staticServer: http.Server | undefined
  let browser: Browser | undefined
  try {
    const started = await startDemoServer({
      serverDir: builds.server,
      app: builds.app,
      dataDir,
      cwd: root,
    })
    server = started.child
    const cookie = await sessionCookie(started.origin, 'cllr-banbury')
    const debuggingPort = await freePort()
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debuggingPort}`],
    })
    const copies = await staticCopies(browser, started.origin, cookie, builds.app, staticDir)
    const floors = await reactFloorCopies(copies, staticDir)
    const statics = await serveStatic(staticDir)
    staticServer = statics.server

    const measured = PAGES.filter((page) => ONLY_PAGE === undefined || page.name === ONLY_PAGE)
    const targets = measured.flatMap((page) => [
      {
        page: page.name,
        kind: 'app',
        url: `${started.origin}${page.path}`,
        signedIn: page.signedIn,
      },
      // The static copy already shows the signed-in page: it needs no session.
      {
        page: page.name,
        kind: 'static',
        url: `${statics.origin}${copies.get(page.name) ?? ''}`,
        signedIn: false,
      },
      {
        page: page.name,
        kind: 'react',
        url: `${statics.origin}${floors.get(page.name) ?? ''}`,
        signedIn: false,
      },
    ])
    const runs = new Map<string, Measure[]>()
    const reportFiles = new Map<string, string>()
    // Interleaved (app, static, React alone, app, …) so a busy moment of the machine hits all alike.
    for (let round = 1; round <= RUNS; round += 1) {
      for (const target of targets) {
        const key = `${target.page}|${target.kind}`
        const one = await measureWithRetries(
          target.url,
          debuggingPort,
          target.signedIn ? cookie : undefined,
        )
        runs.set(key, [...(runs.get(key) ?? []), one])
        reportFiles.set(key.replace(/\W+/g, '-'), target.url)
        console.log(
          `run ${round}/${RUNS} ${target.page} (${target.kind}): LCP ${Math.round(one.lcp)} ms, CLS ${one.cls.toFixed(3)}, TBT ${Math.round(one.tbt)} ms, score ${one.score}, benchmark index ${Math.round(one.benchmarkIndex)}`,
        )
      }
    }

    const outDir = path.join(root, 'test-results/perf')
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(
      path.join(outDir, 'lighthouse.json'),
      JSON.stringify({ settings: TABLET_SETTINGS, runs: Object.fromEntries(runs) }, null, 2),
    )
    for (const [name, url] of reportFiles) {
      fs.writeFileSync(
        path.join(outDir, `${name}.report.json`),
        JSON.stringify(lastReports.get(url)),
      )
    }

    const benchmark = median([...runs.values()].flat().map((one) => one.benchmarkIndex))
    console.log(
      `\nMedians of ${RUNS} runs: Lighthouse 12, 810×1080 tablet, slow 4G, ${CPU_SLOWDOWN}× CPU, ${THROTTLING_METHOD === 'simulate' ? 'simulated' : 'applied (devtools)'} throttling`,
    )
    console.log(`This machine's benchmark index: ${Math.round(benchmark)} (median of every run)`)
    console.log(`${calibrationAdvice(benchmark)}\n`)
    const header = [
      'page',
      'LCP ms',
      'FCP ms',
      'TBT ms',
      'TTI ms',
      'CLS',
      'score',
      'JS KB',
      'requests',
      'LCP ÷ static',
    ]
    const lines = [header]
    for (const page of measured) {
      const app = medians(runs.get(`${page.name}|app`) ?? [])
      const still = medians(runs.get(`${page.name}|static`) ?? [])
      const floor = medians(runs.get(`${page.name}|react`) ?? [])
      for (const [label, m] of [
        [page.name, app],
        [`  static copy`, still],
        [`  React alone`, floor],
      ] as const) {
        lines.push([
          label,
          String(Math.round(m.lcp)),
          String(Math.round(m.fcp)),
          String(Math.round(m.tbt)),
          String(Math.round(m.tti)),
          m.cls.toFixed(3),
          String(m.score),
          (m.jsBytes / 1024).toFixed(1),
          String(m.requests),
          label === page.name ? `${(app.lcp / still.lcp).toFixed(2)}×` : '',
        ])
      }
    }
    const widths = header.map((_, column) =>
      Math.max(...lines.map((line) => line[column]?.length ?? 0)),
    )
    for (const line of lines) {
      console.log(line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    }
  } finally {
    await browser?.close()
    staticServer?.close()
    if (server) await stopDemoServer(server)
    for (const dir of [dataDir, staticDir, builds.dir])
      fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
