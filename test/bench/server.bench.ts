/**
 * Benchmark of the real server, over HTTP, on PGlite and on PostgreSQL in one run:
 *
 *   npm run bench:server    (tsx test/bench/server.bench.ts [--only pglite|postgres] [--runs 30])
 *
 * 1. Cold start: the server process from spawn to GET /readyz answering, on an existing data
 *    folder (PGlite) and on PostgreSQL; median of 5.
 * 2. Load: 50 councillors at once, each sending 20 concerns one after another, 10% of them sent
 *    again under the same Idempotency-Key (a replay); then concerns stored vs acknowledged and
 *    duplicates, latency p50/p95 and requests per second.
 * 3. The chair's queue (filters, sort, first page and status counts in one GET /concerns) at
 *    1,000, 10,000 and 100,000 concerns: p50/p95 of `--runs` after a warm-up, and the ratio to
 *    the 1,000 case; the query plan (EXPLAIN ANALYZE) at 100,000.
 * The server runs as built (dist-server/main.js, rebuilt first). PostgreSQL comes from TEST_DATABASE_URL or test/tools/ensure-postgres.sh. It reports; it
 * asserts nothing. Medians and ratios, as these machines are noisy.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { sql } from 'drizzle-orm'
import { openDatabase, type Database } from '../../server/db/open'
import { insertRecords, resetDatabase } from '../../server/db/seed'
import { generateConcerns } from '../../src/lib/backend/seed/generate'
import { formatReference } from '../../src/lib/backend/seed/sample-records'
import { freePort } from '../tools/free-port'
import { scratchPostgresDatabase } from './scratch-postgres'

const root = path.resolve(import.meta.dirname, '../..')
const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index > 0 ? process.argv[index + 1] : undefined
}
const RUNS = Number(argument('--runs') ?? 30)
const ONLY = argument('--only')
const SIZES = [1_000, 10_000, 100_000]
const QUEUE_CASES = [
  {
    name: 'open concerns, longest waiting',
    search: 'status=submitted&status=acknowledged&status=in-review&sort=waiting',
  },
  { name: 'one theme, newest first', search: 'theme=adolescent-vulnerability&sort=newest' },
  { name: 'one division, oldest first', search: 'division=banbury-calthorpe&sort=oldest' },
]

interface Target {
  kind: 'pglite' | 'postgres'
  env: Record<string, string>
  open: () => Promise<Database>
  cleanup: () => Promise<void>
}

const median = (values: number[]) => percentile(values, 50)
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? NaN
}
const ms = (value: number) => `${value.toFixed(1)} ms`

interface Running {
  child: ChildProcess
  port: number
  stop: () => Promise<void>
}

async function startServer(target: Target): Promise<{ running: Running; readyMs: number }> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      ...target.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SIGN_IN: 'true',
      STATIC_DIR: '',
      RATE_LIMIT_CONCERNS_PER_MINUTE: '100000',
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited while starting')
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const readyMs = performance.now() - started
  return {
    readyMs,
    running: {
      child,
      port,
      stop: async () => {
        child.kill('SIGTERM')
        await exited
      },
    },
  }
}

/** A browser-like session: a cookie jar of one cookie. */
class Session {
  cookie = ''
  constructor(private readonly port: number) {}

  async call(
    method: string,
    apiPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const started = performance.now()
    const response = await fetch(`http://127.0.0.1:${this.port}/api/v1${apiPath}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const elapsed = performance.now() - started
    const setCookie = response.headers.get('Set-Cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? ''
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      elapsed,
    }
  }

  async signIn(personaId: string) {
    const reply = await this.call('POST', '/session', { personaId })
    if (reply.status !== 200) throw new Error(`sign-in answered ${reply.status}`)
  }
}

const COUNCILLORS = [
  { id: 'cllr-banbury', division: 'banbury-calthorpe' },
  { id: 'cllr-oxford', division: 'jericho-and-osney' },
  { id: 'cllr-didcot', division: 'didcot-ladygrove' },
]

async function loadTest(port: number) {
  const run = `bench-${Date.now()}`
  const sessions = Array.from({ length: 50 }, () => new Session(port))
  await Promise.all(sessions.map((s, i) => s.signIn(COUNCILLORS[i % 3]?.id ?? 'cllr-banbury')))
  const latencies: number[] = []
  const acknowledged = new Set<string>()
  let replays = 0
  let failures = 0
  const started = performance.now()
  await Promise.all(
    sessions.map(async (session, who) => {
      const councillor = COUNCILLORS[who % 3] ?? COUNCILLORS[0]
      for (let n = 0; n < 20; n += 1) {
        const key = `${run}-${who}-${n}`
        const body = {
          divisionId: councillor?.division,
          themeId: 'adolescent-vulnerability',
          subThemeId: null,
          objectiveId: null,
          title: `${run} concern ${who}-${n}`,
          details: 'A pattern noticed on a ward visit, sent by the server benchmark.',
          location: '',
          source: 'visit',
          alreadyReported: 'no',
          wantsReply: n % 2 === 0,
          personalDataConfirmed: true,
        }
        // Every tenth concern is sent twice, as a retry after a lost answer would be.
        const sends = n % 10 === 3 ? 2 : 1
        for (let attempt = 0; attempt < sends; attempt += 1) {
          const reply = await session.call('POST', '/concerns', body, { 'Idempotency-Key': key })
          latencies.push(reply.elapsed)
          if (reply.status === 201) acknowledged.add(key)
          else failures += 1
          if (attempt > 0) replays += 1
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const chair = new Session(port)
  await chair.signIn('chair')
  const list = await chair.call('GET', `/concerns?q=${run}&pageSize=1`)
  const stored = (list.body as { total: number }).total
  return {
    requests: latencies.length,
    replays,
    failures,
    acknowledged: acknowledged.size,
    stored,
    duplicates: stored - acknowledged.size,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / seconds,
  }
}

async function queueTimes(port: number) {
  const chair = new Session(port)
  await chair.signIn('chair')
  const results: Record<string, { p50: number; p95: number }> = {}
  for (const { name, search } of QUEUE_CASES) {
    for (let i = 0; i < 5; i += 1) await chair.call('GET', `/concerns?${search}`)
    const times: number[] = []
    for (let i = 0; i < RUNS; i += 1) {
      const reply = await chair.call('GET', `/concerns?${search}`)
      if (reply.status !== 200) throw new Error(`queue answered ${reply.status}`)
      times.push(reply.elapsed)
    }
    results[name] = { p50: median(times), p95: percentile(times, 95) }
  }
  return results
}

/** Fills the database up to `total` concerns with generated ones (deterministic). */
async function growTo(
  database: Database,
  current: number,
  total: number,
  counters: Map<number, number>,
) {
  const now = new Date()
  const step = 10_000
  for (let done = current; done < total; done += step) {
    const n = Math.min(step, total - done)
    const { concerns, repliesRead } = generateConcerns(n, {
      seed: done + 1,
      now,
      first: done,
      nextReference: (at) => {
        const year = at.getUTCFullYear()
        const next = (counters.get(year) ?? 1000) + 1
        counters.set(year, next)
        return formatReference(year, next)
      },
    })
    await insertRecords(database, { concerns, repliesRead })
  }
  // As autovacuum leaves a table in steady use (after bulk inserts it runs by itself).
  await database.db.execute(sql`vacuum analyze`)
}

async function explain(database: Database): Promise<string> {
  const result = await database.db.execute(
    sql.raw(`explain analyze
      select id, reference, created_at, updated_at, status, version from concerns
      where status in ('submitted','acknowledged','in-review')
      order by (status in ('referred','actioned','closed')) asc, updated_at asc, created_at asc, reference asc
      limit 20`),
  )
  const counts = await database.db.execute(
    sql.raw(`explain analyze select status, count(*) from concerns group by status`),
  )
  const lines = (rows: unknown) =>
    (rows as { rows: Record<string, string>[] }).rows.map((row) => Object.values(row)[0]).join('\n')
  return `${lines(result)}\n\n${lines(counts)}`
}

async function benchTarget(target: Target) {
  console.log(`\n=== ${target.kind} ===`)
  const database = await target.open()
  await resetDatabase(database)
  await database.close()

  // The first start on a new PGlite folder creates it (seconds); cold start is measured after.
  let { running } = await startServer(target)
  await running.stop()
  const starts: number[] = []
  for (let i = 0; i < 5; i += 1) {
    const started = await startServer(target)
    starts.push(started.readyMs)
    running = started.running
    if (i < 4) await running.stop()
  }
  console.log(
    `cold start to /readyz: median ${ms(median(starts))} (of 5: ${starts.map((s) => s.toFixed(0)).join(', ')})`,
  )

  const load = await loadTest(running.port)
  console.log(
    `load, 50 councillors × 20 concerns, 10% replayed: ${load.requests} requests (${load.replays} replays, ${load.failures} not 201), ` +
      `acknowledged ${load.acknowledged}, stored ${load.stored}, duplicates ${load.duplicates}; ` +
      `p50 ${ms(load.p50)}, p95 ${ms(load.p95)}, ${load.rps.toFixed(0)} requests/s`,
  )
  await running.stop()

  // Start the queue series from the demo data alone.
  const base = await target.open()
  await resetDatabase(base)
  const counters = new Map<number, number>()
  let current = 0
  const queue: Record<number, Record<string, { p50: number; p95: number }>> = {}
  let plan = ''
  for (const size of SIZES) {
    const opened = current === 0 ? base : await target.open()
    await growTo(opened, current, size, counters)
    current = size
    if (size === SIZES[SIZES.length - 1]) plan = await explain(opened)
    await opened.close()
    const started = await startServer(target)
    queue[size] = await queueTimes(started.running.port)
    await started.running.stop()
  }
  console.log(
    `chair's queue (GET /concerns: filter, sort, first page, status counts), ${RUNS} runs:`,
  )
  for (const { name } of QUEUE_CASES) {
    const first = queue[SIZES[0] ?? 0]?.[name]
    const cells = SIZES.map((size) => {
      const { p50, p95 } = queue[size]?.[name] ?? { p50: NaN, p95: NaN }
      const ratio = first ? ` (${(p95 / first.p95).toFixed(1)}×)` : ''
      return `${size.toLocaleString('en-GB')}: p50 ${ms(p50)}, p95 ${ms(p95)}${ratio}`
    })
    console.log(`  ${name}: ${cells.join(' | ')}`)
  }
  console.log(`plan at ${SIZES[SIZES.length - 1]?.toLocaleString('en-GB')}:\n${plan}`)
  await target.cleanup()
}

function pgliteTarget(): Target {
  const folder = mkdtempSync(path.join(tmpdir(), 'ee-bench-'))
  const dataDir = path.join(folder, 'pglite')
  return {
    kind: 'pglite',
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    cleanup: () => {
      rmSync(folder, { recursive: true, force: true })
      return Promise.resolve()
    },
  }
}

async function postgresTarget(): Promise<Target> {
  const { url, drop } = await scratchPostgresDatabase(`ee_bench_${process.pid}`)
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url },
    open: () => openDatabase({ databaseUrl: url }),
    cleanup: drop,
  }
}

console.log(`server benchmark, node ${process.version}, ${new Date().toISOString()}`)
// The server as deployed: the built bundle, not TypeScript compiled on the fly.
execFileSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'vite.server.config.ts',
    '--logLevel',
    'warn',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (ONLY !== 'postgres') await benchTarget(pgliteTarget())
if (ONLY !== 'pglite') await benchTarget(await postgresTarget())
