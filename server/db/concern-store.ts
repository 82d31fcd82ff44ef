/** Concerns in the database: read, list, count, create and change them as the contract says. */
import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, sql, type SQL } from 'drizzle-orm'
import {
  STATUSES,
  type ConcernFlag,
  type ConcernPage,
  type ConcernStatus,
  type CheckedCreateConcernRequest,
  type PersonalDataFlag,
  type SessionUser,
} from '../../src/lib/api/schemas'
import {
  listItemOf,
  replyCount,
  newConcernRecord,
  type StoredConcern,
} from '../../src/lib/backend/concern-records'
import {
  emptyStatusCounts,
  type ConcernFilters,
  type ConcernListQuery,
  type DateRange,
} from '../../src/lib/backend/list-query'
import { actorOf } from '../../src/lib/backend/seed/personas'
import { formatReference } from '../../src/lib/backend/seed/sample-records'
import { clusterWindowStart, type ConcernCounts } from '../../src/lib/backend/stats'
import type { RedactionPlan } from '../../src/lib/backend/redaction'
import {
  concernRowOf,
  eventRowOf,
  searchTextOf,
  storedConcernOf,
  summaryOf,
  type ConcernRow,
} from './concern-rows'
import type { AppDb } from './open'
import {
  concernEvents,
  concerns,
  concernStatusCounts,
  hasFlagSql,
  isFinished,
  referenceCounters,
} from './schema'

export interface LoadedConcern {
  concern: StoredConcern
  repliesRead: number
}

export async function loadConcern(db: AppDb, id: string): Promise<LoadedConcern | null> {
  const [row] = await db.select().from(concerns).where(eq(concerns.id, id))
  return row ? withEvents(db, row) : null
}

/**
 * The concern, its row locked until the transaction ends: a change that needs no If-Match (a
 * message) applies to the version it read, whatever happens around it.
 */
export async function lockConcern(tx: AppDb, id: string): Promise<LoadedConcern | null> {
  const [row] = await tx.select().from(concerns).where(eq(concerns.id, id)).for('update')
  return row ? withEvents(tx, row) : null
}

async function withEvents(db: AppDb, row: ConcernRow): Promise<LoadedConcern> {
  const { id } = row
  const events = await db
    .select()
    .from(concernEvents)
    .where(eq(concernEvents.concernId, id))
    .orderBy(asc(concernEvents.seq))
  return { concern: storedConcernOf(row, events), repliesRead: row.repliesRead }
}

const {
  details: _details,
  searchText: _searchText,
  personalData: _personalData,
  ...columns
} = getTableColumns(concerns)
/** What a list item needs: no text but the title and location, and only whether data was flagged. */
export const listColumns = {
  ...columns,
  personalDataFlagged: sql<boolean>`jsonb_array_length(${concerns.personalData}) > 0`,
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`)
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 24 * 3600 * 1000)

function rangeConditions({ from, to }: DateRange): SQL[] {
  const conditions: SQL[] = []
  if (from !== undefined) conditions.push(gte(concerns.createdAt, dayStart(from)))
  if (to !== undefined) conditions.push(lt(concerns.createdAt, nextDayStart(to)))
  return conditions
}

/** Every filter but status (the tabs' counts ignore it); a councillor sees only their own. */
export function filterConditions(viewer: SessionUser, filters: ConcernFilters): SQL[] {
  const conditions = rangeConditions(filters)
  if (viewer.role !== 'chair') conditions.push(eq(concerns.authorId, viewer.id))
  if (filters.theme !== undefined) conditions.push(eq(concerns.themeId, filters.theme))
  if (filters.division !== undefined) conditions.push(eq(concerns.divisionId, filters.division))
  if (filters.q !== undefined) {
    // strpos, not LIKE: the search text is matched as typed, with no wildcards to escape.
    conditions.push(sql`strpos(${concerns.searchText}, ${filters.q.toLowerCase()}) > 0`)
  }
  return conditions
}

export const ORDER: Record<ConcernListQuery['sort'], SQL[]> = {
  newest: [desc(concerns.createdAt), desc(concerns.reference)],
  oldest: [asc(concerns.createdAt), asc(concerns.reference)],
  // Open concerns first (false sorts before true), then the longest since anything happened.
  waiting: [
    asc(isFinished(concerns.status)),
    asc(concerns.updatedAt),
    asc(concerns.createdAt),
    asc(concerns.reference),
  ],
}

export async function listConcerns(
  db: AppDb,
  viewer: SessionUser,
  query: ConcernListQuery,
): Promise<ConcernPage> {
  const filters = filterConditions(viewer, query)
  const status = query.statuses.length > 0 ? [inArray(concerns.status, query.statuses)] : []
  const flag = query.flag === undefined ? [] : [hasFlagSql(query.flag)]
  const [countRows, flagCounts, rows] = await Promise.all([
    // Every concern, unfiltered (the chair's usual view): the kept counts, not a count of all.
    filters.length === 0 && flag.length === 0
      ? db.select().from(concernStatusCounts)
      : db
          .select({
            status: concerns.status,
            count: sql<number>`count(*)::int`,
            unread: sql<number>`coalesce(sum(greatest(${concerns.replyCount} - ${concerns.repliesRead}, 0)), 0)::int`,
          })
          .from(concerns)
          .where(and(...filters, ...flag))
          .groupBy(concerns.status),
    countFlags(db, [...filters, ...status]),
    db
      .select(listColumns)
      .from(concerns)
      .where(and(...filters, ...status, ...flag))
      .orderBy(...ORDER[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ])
  const statusCounts = emptyStatusCounts()
  const unreadByStatus = emptyStatusCounts()
  for (const row of countRows) {
    statusCounts[row.status as ConcernStatus] = row.count
    if ('unread' in row) unreadByStatus[row.status as ConcernStatus] = row.unread
  }
  const chosen = (query.statuses.length > 0 ? query.statuses : STATUSES) as readonly ConcernStatus[]
  const sum = (counts: Record<ConcernStatus, number>) =>
    chosen.reduce((total, status) => total + counts[status], 0)
  const total = sum(statusCounts)
  return {
    items: rows.map((row) => listItemOf(viewer, summaryOf(row), row.replyCount, row.repliesRead)),
    page: query.page,
    pageSize: query.pageSize,
    total,
    totalPages: Math.ceil(total / query.pageSize),
    statusCounts,
    flagCounts,
    // A councillor's filters always include "their own", so this is only ever the author's.
    unreadReplies: viewer.role === 'chair' ? 0 : sum(unreadByStatus),
  }
}

/**
 * One count per flag, each its own query so each reads its partial index (schema.ts): flagged
 * concerns are few, so these stay quick however many concerns there are.
 */
async function countFlags(db: AppDb, conditions: SQL[]): Promise<ConcernPage['flagCounts']> {
  const countOf = async (flag: ConcernFlag) => {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(concerns)
      .where(and(...conditions, hasFlagSql(flag)))
    return row?.count ?? 0
  }
  const [awaitingReply, councillorReplied, personalData] = await Promise.all([
    countOf('awaiting-reply'),
    countOf('councillor-replied'),
    countOf('personal-data'),
  ])
  return { awaitingReply, councillorReplied, personalData }
}

/** The summary's counts within an optional date range. */
export async function countConcerns(
  db: AppDb,
  range: DateRange,
  now: Date,
): Promise<ConcernCounts> {
  const where = and(...rangeConditions(range))
  const month = sql<string>`to_char(${concerns.createdAt} at time zone 'UTC', 'YYYY-MM')`
  const countBy = async (key: SQL<string> | typeof concerns.status) => {
    const rows = await db
      .select({ key, count: sql<number>`count(*)::int` })
      .from(concerns)
      .where(where)
      .groupBy(key)
    return new Map(rows.map((row) => [row.key, row.count]))
  }
  const recentFrom = clusterWindowStart(now)
  const [byStatus, byTheme, byDivision, byMonth, byThemeAndDivision] = await Promise.all([
    countBy(concerns.status),
    countBy(sql<string>`${concerns.themeId}`),
    countBy(sql<string>`${concerns.divisionId}`),
    countBy(month),
    db
      .select({
        themeId: concerns.themeId,
        divisionId: concerns.divisionId,
        count: sql<number>`count(*)::int`,
        last90Days: sql<number>`(count(*) filter (where ${concerns.createdAt} >= ${recentFrom}))::int`,
      })
      .from(concerns)
      .where(where)
      .groupBy(concerns.themeId, concerns.divisionId),
  ])
  const total = [...byStatus.values()].reduce((sum, count) => sum + count, 0)
  return { total, byStatus, byTheme, byDivision, byMonth, byThemeAndDivision }
}

/** Inserts a new concern under the next reference of its year (inside the caller's transaction). */
export async function insertNewConcern(
  tx: AppDb,
  init: {
    id: string
    input: CheckedCreateConcernRequest
    personalData: PersonalDataFlag[]
    author: SessionUser
    at: Date
  },
): Promise<StoredConcern> {
  const year = init.at.getUTCFullYear()
  // The counter row is locked until the transaction ends, so references are unique, and a
  // rolled-back concern gives its number back: no gaps.
  const [counter] = await tx
    .insert(referenceCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: referenceCounters.year,
      set: { last: sql`${referenceCounters.last} + 1` },
    })
    .returning({ last: referenceCounters.last })
  if (!counter) throw new Error('The reference counter did not answer')
  const concern = newConcernRecord({
    id: init.id,
    reference: formatReference(year, counter.last),
    request: init.input,
    author: actorOf(init.author),
    at: init.at,
    eventId: crypto.randomUUID(),
    sample: false,
    personalData: init.personalData,
  })
  await tx.insert(concerns).values(concernRowOf(concern, { replyCount: 0, repliesRead: 0 }))
  await tx.insert(concernEvents).values(concern.events.map((e) => eventRowOf(concern.id, e)))
  return concern
}

/**
 * Writes a change made to `updated` (by the shared applyChange) if the concern is still at
 * `expectedVersion`: UPDATE … WHERE version = expected, then the new events. False if someone
 * changed it first (the caller answers 412).
 */
export async function saveChange(
  tx: AppDb,
  updated: StoredConcern,
  expectedVersion: number,
  newEvents: StoredConcern['events'],
): Promise<boolean> {
  const saved = await tx
    .update(concerns)
    .set({
      status: updated.status,
      version: updated.version,
      updatedAt: new Date(updated.updatedAt),
      awaitingReply: updated.awaitingReply,
      councillorReplied: updated.councillorReplied,
      replyCount: replyCount(updated),
    })
    .where(and(eq(concerns.id, updated.id), eq(concerns.version, expectedVersion)))
    .returning({ id: concerns.id })
  if (saved.length === 0) return false
  if (newEvents.length > 0) {
    await tx.insert(concernEvents).values(newEvents.map((e) => eventRowOf(updated.id, e)))
  }
  return true
}

/**
 * Writes a redaction made to `updated` (by the shared applyRedaction) if the concern is still at
 * `expectedVersion`: the changed text and its search text and findings, the message or reply's new
 * text (the one UPDATE the event log allows), and the `redacted` event. False if someone changed
 * the concern first.
 */
export async function saveRedaction(
  tx: AppDb,
  updated: StoredConcern,
  expectedVersion: number,
  plan: RedactionPlan,
): Promise<boolean> {
  const saved = await tx
    .update(concerns)
    .set({
      title: updated.title,
      details: updated.details,
      location: updated.location,
      searchText: searchTextOf(updated),
      personalData: updated.personalData,
      version: updated.version,
      updatedAt: new Date(updated.updatedAt),
    })
    .where(and(eq(concerns.id, updated.id), eq(concerns.version, expectedVersion)))
    .returning({ id: concerns.id })
  if (saved.length === 0) return false
  if (plan.eventId !== null) {
    await tx
      .update(concernEvents)
      .set({ text: plan.text })
      .where(and(eq(concernEvents.id, plan.eventId), eq(concernEvents.concernId, updated.id)))
  }
  const redacted = updated.events.at(-1)
  if (redacted?.type !== 'redacted') throw new Error('A redaction must end with its event')
  await tx.insert(concernEvents).values(eventRowOf(updated.id, redacted))
  return true
}

/** The author has opened every reply so far (read receipts do not change the version). */
export async function markRepliesRead(db: AppDb, id: string): Promise<void> {
  await db
    .update(concerns)
    .set({ repliesRead: sql`${concerns.replyCount}` })
    .where(eq(concerns.id, id))
}
