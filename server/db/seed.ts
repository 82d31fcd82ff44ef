/** Demo data in, everything out: the server's counterpart of the mock store's seed and reset. */
import { sql } from 'drizzle-orm'
import { replyCount, type StoredConcern } from '../../src/lib/backend/concern-records'
import { sampleRecords } from '../../src/lib/backend/seed/sample-records'
import { concernRowOf, eventRowOf } from './concern-rows'
import type { AppDb, Database } from './open'
import { concernEvents, concerns, referenceCounters } from './schema'

export interface ResetOptions {
  /** The clock the sample concerns are dated against (default now). */
  now?: Date
  /** Insert the sample concerns (default true); false leaves every table empty. */
  seed?: boolean
}

/** Empties every table (sessions included) and, unless told not to, inserts the sample concerns. */
export async function resetDatabase(database: Database, options: ResetOptions = {}): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(
      sql`truncate table concern_events, concerns, concern_status_counts, idempotency_records, reference_counters, sessions restart identity`,
    )
    if (options.seed !== false) await insertSamples(tx, options.now ?? new Date())
  })
}

/** Seeds the sample concerns into an empty database (the demo's first start); false if not empty. */
export async function seedIfEmpty(database: Database, now = new Date()): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(concerns)
    if ((row?.count ?? 0) > 0) return false
    await insertSamples(tx, now)
    return true
  })
}

async function insertSamples(db: AppDb, now: Date): Promise<void> {
  const { concerns: records, repliesRead } = sampleRecords(now)
  await insertInto(db, { concerns: records, repliesRead })
}

export interface Records {
  concerns: StoredConcern[]
  /** Replies the author has opened, by concern id. */
  repliesRead?: Record<string, number>
}

/**
 * Inserts whole concerns with their timelines (seed data, generated data for tests and
 * benchmarks) and moves each year's reference counter past the references inserted.
 */
export async function insertRecords(database: Database, records: Records): Promise<void> {
  await database.db.transaction((tx) => insertInto(tx, records))
}

const BATCH = 500

async function insertInto(db: AppDb, { concerns: records, repliesRead = {} }: Records) {
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH)
    await db.insert(concerns).values(
      batch.map((concern) =>
        concernRowOf(concern, {
          replyCount: replyCount(concern),
          repliesRead: repliesRead[concern.id] ?? 0,
        }),
      ),
    )
    const events = batch.flatMap((concern) => concern.events.map((e) => eventRowOf(concern.id, e)))
    for (let i = 0; i < events.length; i += BATCH) {
      await db.insert(concernEvents).values(events.slice(i, i + BATCH))
    }
  }
  const highest = new Map<number, number>()
  for (const { reference } of records) {
    const match = /^EE-(\d{4})-(\d+)$/.exec(reference)
    if (!match) continue
    const [year, number] = [Number(match[1]), Number(match[2])]
    highest.set(year, Math.max(highest.get(year) ?? 0, number))
  }
  for (const [year, last] of highest) {
    await db
      .insert(referenceCounters)
      .values({ year, last })
      .onConflictDoUpdate({
        target: referenceCounters.year,
        set: { last: sql`greatest(${referenceCounters.last}, excluded.last)` },
      })
  }
}
