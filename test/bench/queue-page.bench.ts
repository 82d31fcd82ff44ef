/**
 * The chair's queue page in Chromium against the real server, at 100 and at 10,000 concerns:
 *
 *   npm run build && tsx test/bench/queue-page.bench.ts [--runs 20] [--pglite]
 *
 * PostgreSQL (TEST_DATABASE_URL, or test/tools/ensure-postgres.sh) unless --pglite. For each size
 * the database is seeded, the built server (dist-server/main.js, serving dist) started, the chair
 * signed in, and /review (open concerns, longest waiting first) opened `--runs` times after two
 * warm-ups; each time is from the navigation's start (the page's time origin) to the queue's
 * "Showing 1 to …" being in the page. Reports the median, and the ratio of 10,000 to 100. It
 * asserts nothing.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { chromium } from 'playwright-core'
import { openDatabase } from '../../server/db/open'
import { insertRecords, resetDatabase } from '../../server/db/seed'
import { generateConcerns } from '../../src/lib/backend/seed/generate'
import { formatReference } from '../../src/lib/backend/seed/sample-records'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium'
import { freePort } from '../tools/free-port'
import { median } from '../tools/median'
import { scratchPostgresDatabase } from './scratch-postgres'

const root = path.resolve(import.meta.dirname, '../..')
const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index > 0 ? process.argv[index + 1] : undefined
}
const RUNS = Number(argument('--runs') ?? 20)
const PGLITE = process.argv.includes('--pglite')
const SIZES = [100, 10_000]
/** The demo's sample concerns, there before the generated ones. */
const SAMPLES = 8

interface Where {
  env: Record<string, string>
  open: () => ReturnType<typeof openDatabase>
  cleanup: () => Promise<void>
}

async function where(size: number): Promise<Where> {
  if (PGLITE) {
    const folder = mkdtempSync(path.join(tmpdir(), 'ee-queue-page-'))
    const dataDir = path.join(folder, 'pglite')
    return {
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      cleanup: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
    }
  }
  const { url, drop } = await scratchPostgresDatabase(`ee_queue_page_${process.pid}_${size}`)
  return {
    env: { DATABASE_URL: url },
    open: () => openDatabase({ databaseUrl: url }),
    cleanup: drop,
  }
}

async function seed(target: Where, size: number) {
  const database = await target.open()
  await resetDatabase(database)
  const counters = new Map<number, number>()
  const { concerns, repliesRead } = generateConcerns(size - SAMPLES, {
    seed: 1,
    now: new Date(),
    nextReference: (at) => {
      const year = at.getUTCFullYear()
      const next = (counters.get(year) ?? 1000) + 1
      counters.set(year, next)
      return formatReference(year, next)
    },
  })
  await insertRecords(database, { concerns, repliesRead })
  await database.db.execute(sql`vacuum analyze`)
  await database.close()
}

async function timeQueue(target: Where): Promise<number[]> {
  const port = await freePort()
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      ...target.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SIGN_IN: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const base = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited while starting')
    try {
      if ((await fetch(`${base}/readyz`)).ok) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      baseURL: base,
    })
    const signedIn = await context.request.post('/api/v1/session', {
      data: { personaId: 'chair' },
      headers: { Origin: base },
    })
    if (!signedIn.ok()) throw new Error(`sign-in answered ${signedIn.status()}`)
    const page = await context.newPage()
    const times: number[] = []
    for (let run = 0; run < RUNS + 2; run++) {
      await page.goto('/review', { waitUntil: 'commit' })
      await page.getByText(/^Showing [\d,]+ to [\d,]+ of/).waitFor()
      // From the navigation's start: the page's own clock, unaffected by this process.
      const elapsed = await page.evaluate(() => performance.now())
      if (run >= 2) times.push(elapsed)
    }
    return times
  } finally {
    await browser.close()
    child.kill('SIGTERM')
    await exited
  }
}

console.log(
  `queue page benchmark on ${PGLITE ? 'PGlite' : 'PostgreSQL'}, ${RUNS} runs, node ${process.version}, ${new Date().toISOString()}`,
)
const medians = new Map<number, number>()
for (const size of SIZES) {
  const target = await where(size)
  try {
    await seed(target, size)
    const times = await timeQueue(target)
    medians.set(size, median(times))
    console.log(
      `${size.toLocaleString('en-GB')} concerns: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
    )
  } finally {
    await target.cleanup()
  }
}
const ratio = (medians.get(10_000) ?? NaN) / (medians.get(100) ?? NaN)
console.log(`ratio 10,000 / 100: ${ratio.toFixed(2)}×`)
