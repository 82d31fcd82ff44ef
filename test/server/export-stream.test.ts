/*
 * GET /concerns/export.csv at size, in-process on PGlite: the body is read as it streams and
 * counted, never held whole. Prints the time and how far the process's resident memory rose; the
 * one assertion on memory is a generous bound (the file itself would be far smaller than it at
 * this size, so the bound guards against something much worse, like holding every row twice).
 * The 100,000-row figure is `npm run bench:export` (test/bench/export.bench.ts).
 */
import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { insertRecords } from '../../server/db/seed'
import { generateConcerns } from '../../src/lib/backend/seed/generate'
import { formatReference } from '../../src/lib/backend/seed/sample-records'
import { ContractClient } from '../contract/backend/client'
import { startServer } from './harness'

const ROWS = 5_000
const MB = 1024 * 1024

describe('the CSV export streams', () => {
  it(`writes ${ROWS.toLocaleString('en-GB')} concerns with memory that stays flat`, async () => {
    const server = await startServer()
    let next = 10_000
    for (let done = 0; done < ROWS; done += 2_500) {
      const { concerns, repliesRead } = generateConcerns(2_500, {
        seed: done + 1,
        now: server.now(),
        first: done,
        nextReference: (at) => formatReference(at.getUTCFullYear(), ++next),
      })
      await insertRecords(server.database, { concerns, repliesRead })
    }
    // The contract client reads whole bodies: it signs in and addresses the request, which this
    // test then sends itself and reads chunk by chunk, as a browser saves a file.
    let exportRequest: Request | undefined
    const chair = new ContractClient({
      name: 'chair',
      clock: () => server.now(),
      transport: async (request) => {
        if (!new URL(request.url).pathname.endsWith('/export.csv')) return server.app.fetch(request)
        exportRequest = request
        return new Response(null, { status: 204 })
      },
    })
    await chair.signInAs('chair')
    await chair.call('GET', '/concerns/export.csv?sort=oldest')
    if (!exportRequest) throw new Error('The export was not asked for')

    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const started = performance.now()
    const response = await server.app.fetch(exportRequest)
    expect(response.status).toBe(200)
    const reader = (response.body ?? new ReadableStream<Uint8Array>()).getReader()
    let lineEnds = 0
    let chunks = 0
    let previous = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks += 1
      for (const byte of value) {
        if (byte === 0x0a && previous === 0x0d) lineEnds += 1
        previous = byte
      }
      peak = Math.max(peak, process.memoryUsage().rss)
    }
    const seconds = (performance.now() - started) / 1000
    const growth = (peak - before) / MB

    // The header, the 8 samples and every generated concern (no generated text holds a CRLF).
    expect(lineEnds).toBe(1 + 8 + ROWS)
    expect(chunks).toBeGreaterThan(ROWS / 500)
    console.info(
      `export.csv, ${(ROWS + 8).toLocaleString('en-GB')} concerns on PGlite in-process: ` +
        `${seconds.toFixed(2)} s, ${chunks} chunks, peak RSS growth ${growth.toFixed(1)} MB`,
    )
    expect(growth).toBeLessThan(150)
  }, 120_000)
})
