import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { concernStatusCounts } from '../../server/db/schema'
import { insertRecords, resetDatabase } from '../../server/db/seed'
import { generateConcerns } from '../../src/lib/backend/seed/generate'
import { formatReference } from '../../src/lib/backend/seed/sample-records'
import { startServer, type TestServer } from './harness'

interface CountRow {
  status: string
  count: number
}

/** A real count: PGlite's and pg's drivers both answer with { rows }. */
async function countedNow(server: TestServer): Promise<CountRow[]> {
  const result: unknown = await server.database.db.execute(
    sql`select status, count(*)::int as count from concerns group by status`,
  )
  return (result as { rows: CountRow[] }).rows
}

/** The kept counts must always equal a real count: the chair's tabs are read from them. */
async function expectCountsTrue(server: TestServer) {
  const kept = await server.database.db.select().from(concernStatusCounts)
  const asMap = (rows: CountRow[]) =>
    Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [row.status, row.count]))
  expect(asMap(kept)).toEqual(asMap(await countedNow(server)))
}

describe('kept status counts', () => {
  it('follow inserts in bulk, status moves, replies and resets', async () => {
    const server = await startServer()
    await expectCountsTrue(server)

    let next = 5000
    const { concerns, repliesRead } = generateConcerns(300, {
      seed: 4,
      now: server.now(),
      nextReference: (at) => formatReference(at.getUTCFullYear(), ++next),
    })
    await insertRecords(server.database, { concerns, repliesRead })
    await expectCountsTrue(server)

    const chair = server.client('chair')
    await chair.signInAs('chair')
    const page = await chair.call('GET', '/concerns?status=submitted&pageSize=5')
    const items = (page.body as { items: { id: string; version: number }[] }).items
    for (const { id, version } of items) {
      const moved = await chair.call('PATCH', `/concerns/${id}`, {
        body: { status: 'acknowledged', reply: 'Thank you: we are looking at this.' },
        headers: { 'If-Match': `"${version}"` },
      })
      expect(moved.status).toBe(200)
    }
    await expectCountsTrue(server)
    const all = await chair.call('GET', '/concerns')
    for (const row of await countedNow(server)) {
      expect((all.body as { statusCounts: Record<string, number> }).statusCounts[row.status]).toBe(
        row.count,
      )
    }

    await resetDatabase(server.database, { now: server.now() })
    await expectCountsTrue(server)
  })
})
