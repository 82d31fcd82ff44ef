/**
 * The CSV export at 100,000 concerns, from the server as deployed (dist-server/main.js, rebuilt
 * first), on PGlite, and on PostgreSQL with --postgres:
 *
 *   npm run bench:export    (tsx test/bench/export.bench.ts [--rows 100000] [--postgres])
 *
 * Seeds the database, starts the server, signs in as the chair and reads
 * GET /concerns/export.csv?sort=waiting as it streams, counting records. Reports the time to the
 * last byte, the size, and the server process's resident memory (VmRSS, sampled every 10 ms from
 * /proc) before the request and at its peak during it. It reports; it asserts nothing.
 * `--server-heap 64` caps the server's old space (see SERVER_HEAP).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../../server/db/open'
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
const ROWS = Number(argument('--rows') ?? 100_000)
const POSTGRES = process.argv.includes('--postgres')
/**
 * A cap on the server's V8 old space, in MB: resident memory that grows with the rows may be
 * garbage not yet collected; under a cap the collector must run, and a server that kept the rows
 * would fail instead.
 */
const SERVER_HEAP = argument('--server-heap')
const MB = 1024 * 1024

/** Resident memory of a process now, in bytes (Linux). */
function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Number(match?.[1] ?? NaN) * 1024
}

async function target(): Promise<{
  env: Record<string, string>
  url?: string
  cleanup: () => Promise<void>
}> {
  if (!POSTGRES) {
    const folder = mkdtempSync(path.join(tmpdir(), 'ee-export-'))
    return {
      env: { DATA_DIR: path.join(folder, 'pglite') },
      cleanup: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
    }
  }
  const { url, drop } = await scratchPostgresDatabase(`ee_export_bench_${process.pid}`)
  return {
    env: { DATABASE_URL: url },
    url,
    cleanup: drop,
  }
}

console.log(`export benchmark, node ${process.version}, ${new Date().toISOString()}`)
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
  { cwd: root, stdio: 'inherit' },
)

const where = await target()
const seeding = performance.now()
const database = await openDatabase(
  where.url ? { databaseUrl: where.url } : { dataDir: where.env.DATA_DIR ?? '' },
)
await resetDatabase(database)
const counters = new Map<number, number>()
const now = new Date()
for (let done = 0; done < ROWS; done += 10_000) {
  const { concerns, repliesRead } = generateConcerns(Math.min(10_000, ROWS - done), {
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
await database.db.execute(sql`vacuum analyze`)
await database.close()
console.log(
  `seeded ${ROWS.toLocaleString('en-GB')} concerns on ${POSTGRES ? 'PostgreSQL' : 'PGlite'} in ${((performance.now() - seeding) / 1000).toFixed(0)} s`,
)

const port = await freePort()
const heapFlags = SERVER_HEAP ? [`--max-old-space-size=${SERVER_HEAP}`] : []
const child = spawn(process.execPath, [...heapFlags, 'dist-server/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    ...where.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_SIGN_IN: 'true',
    STATIC_DIR: '',
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
const pid = child.pid ?? 0

const signIn = await fetch(`${base}/api/v1/session`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: JSON.stringify({ personaId: 'chair' }),
})
const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
// One small request first, so the figure below is the export's and not the first query's.
await (await fetch(`${base}/api/v1/concerns?pageSize=1`, { headers: { Cookie: cookie } })).text()

const before = rssOf(pid)
let peak = before
const sampler = setInterval(() => {
  peak = Math.max(peak, rssOf(pid))
}, 10)
const started = performance.now()
const response = await fetch(`${base}/api/v1/concerns/export.csv?sort=waiting`, {
  headers: { Cookie: cookie, 'Accept-Encoding': 'identity' },
})
const firstByte = performance.now() - started
const reader = (response.body ?? new ReadableStream<Uint8Array>()).getReader()
let bytes = 0
let lineEnds = 0
let previous = 0
for (;;) {
  const { done, value } = await reader.read()
  if (done) break
  bytes += value.byteLength
  for (const byte of value) {
    if (byte === 0x0a && previous === 0x0d) lineEnds += 1
    previous = byte
  }
}
const total = performance.now() - started
clearInterval(sampler)
peak = Math.max(peak, rssOf(pid))

console.log(
  `GET /concerns/export.csv (status ${response.status}): ${(lineEnds - 1).toLocaleString('en-GB')} records, ` +
    `${(bytes / MB).toFixed(1)} MB, first byte ${firstByte.toFixed(0)} ms, last byte ${(total / 1000).toFixed(2)} s`,
)
console.log(
  `server resident memory: ${(before / MB).toFixed(0)} MB before, ${(peak / MB).toFixed(0)} MB at peak ` +
    `(+${((peak - before) / MB).toFixed(1)} MB)`,
)
child.kill('SIGTERM')
await exited
await where.cleanup()
