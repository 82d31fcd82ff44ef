#!/usr/bin/env node
/**
 * Benchmark: how long the chair waits for a filtered queue as the number of concerns grows.
 *
 *   npm run bench            (node test/bench/queue.bench.mjs [--runs 41])
 *
 * For 100, 1,000 and 10,000 concerns (a deterministic generated store), each case is timed from
 * asking GET /concerns with a filter (mock handler → JSON → the client's schema check) to the
 * first page rendered into a DOM (jsdom, React production build), plus the insights summary.
 * Each figure is the median of the runs after a warm-up, and every case is also given as a ratio
 * of its own 100-concern median measured in the same run. It reports; it asserts nothing.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

process.env.NODE_ENV = 'production'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 41
const WARM_UP = 10
const SIZES = [100, 1_000, 10_000]

const CASES = [
  {
    name: 'open concerns, newest first',
    search: 'status=submitted&status=acknowledged&status=in-review',
  },
  {
    name: 'theme + division, oldest first',
    search: 'theme=adolescent-vulnerability&division=banbury-calthorpe&sort=oldest',
  },
  { name: 'text search "after dark"', search: 'q=after%20dark' },
  { name: 'date range, longest waiting', search: 'from=2025-06-01&to=2025-12-31&sort=waiting' },
  { name: 'everything, newest, page 3', search: 'page=3' },
]

// A DOM for React to render into, as in the browser.
const { JSDOM } = await import('jsdom')
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  url: 'http://localhost:3000/',
})
for (const key of [
  'window',
  'document',
  'navigator',
  'location',
  'HTMLElement',
  'Node',
  'Element',
]) {
  Object.defineProperty(globalThis, key, { configurable: true, value: dom.window[key] })
}

const { createServer } = await import('vite')
const vite = await createServer({
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
})

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (value) => `${value.toFixed(2)} ms`

try {
  const scenario = await vite.ssrLoadModule('/test/bench/queue-scenario.tsx')
  scenario.start(dom.window.document.getElementById('root'))

  /** results[caseName][n] = { fetch, render, total } medians */
  const results = new Map()
  const record = (name, n, figures) => {
    if (!results.has(name)) results.set(name, new Map())
    results.get(name).set(n, figures)
  }

  // Warm the JIT on every path first, so the first case measured is not the one that pays for it.
  scenario.useStoreOf(SIZES[0])
  for (let run = 0; run < 20; run += 1) {
    for (const { search } of CASES) scenario.renderPage(await scenario.fetchPage(search), search)
    await scenario.fetchSummary('from=2025-01-01')
  }

  for (const n of SIZES) {
    scenario.useStoreOf(n)
    for (const { name, search } of CASES) {
      const fetchTimes = []
      const renderTimes = []
      let total = 0
      for (let run = 0; run < WARM_UP + RUNS; run += 1) {
        const t0 = performance.now()
        const page = await scenario.fetchPage(search)
        const t1 = performance.now()
        scenario.renderPage(page, search)
        const t2 = performance.now()
        total = page.total
        if (run >= WARM_UP) {
          fetchTimes.push(t1 - t0)
          renderTimes.push(t2 - t1)
        }
      }
      const totals = fetchTimes.map((f, i) => f + renderTimes[i])
      record(name, n, {
        fetch: median(fetchTimes),
        render: median(renderTimes),
        total: median(totals),
        matched: total,
      })
    }
    const summaryTimes = []
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const t0 = performance.now()
      await scenario.fetchSummary('from=2025-01-01')
      if (run >= WARM_UP) summaryTimes.push(performance.now() - t0)
    }
    const summary = median(summaryTimes)
    record('insights summary (from 2025-01-01)', n, {
      fetch: summary,
      render: 0,
      total: summary,
      matched: NaN,
    })
  }
  scenario.stop()

  console.log(
    `Queue benchmark: medians of ${RUNS} runs after ${WARM_UP} warm-up runs (Node ${process.version})`,
  )
  console.log(
    'filter = GET /concerns through the mock handler and the client; render = first page into the DOM\n',
  )
  const header = ['case', 'concerns', 'matched', 'filter', 'render', 'total', '× the 100 case']
  const rows = []
  for (const [name, bySize] of results) {
    const base = bySize.get(SIZES[0]).total
    for (const n of SIZES) {
      const r = bySize.get(n)
      rows.push([
        name,
        n.toLocaleString('en-GB'),
        Number.isNaN(r.matched) ? '' : r.matched.toLocaleString('en-GB'),
        ms(r.fetch),
        r.render ? ms(r.render) : '',
        ms(r.total),
        `${(r.total / base).toFixed(2)}×`,
      ])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    cells.map((cell, i) => (i < 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  rows.forEach((row, i) => {
    console.log(line(row))
    if ((i + 1) % SIZES.length === 0 && i < rows.length - 1) console.log('')
  })
} finally {
  await vite.close()
}
