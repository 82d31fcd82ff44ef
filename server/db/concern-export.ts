/**
 * The concerns of a list query, every page, read by keyset (decision 0015): each page starts
 * after the last row of the one before, in the list's order, so a page costs the same at row
 * 100,000 as at row 1, and only one page is ever held.
 */
import { and, inArray, sql, type SQL } from 'drizzle-orm'
import type { SessionUser } from '../../src/lib/api/schemas'
import { FINISHED_STATUSES } from '../../src/lib/backend/concern-records'
import type { CsvConcern } from '../../src/lib/backend/concern-csv'
import type { ConcernListQuery } from '../../src/lib/backend/list-query'
import { summaryOf } from './concern-rows'
import { filterConditions, listColumns, ORDER } from './concern-store'
import type { AppDb } from './open'
import { concerns, hasFlagSql, isFinished } from './schema'

export const EXPORT_PAGE_SIZE = 500

type Row = Awaited<ReturnType<typeof readPage>>[number]

/** Strictly after `last` in the sort's order: the same columns, compared as one row. */
function after(sort: ConcernListQuery['sort'], last: Row): SQL {
  const created = sql`${last.createdAt.toISOString()}::timestamptz`
  switch (sort) {
    case 'newest':
      return sql`(${concerns.createdAt}, ${concerns.reference}) < (${created}, ${last.reference})`
    case 'oldest':
      return sql`(${concerns.createdAt}, ${concerns.reference}) > (${created}, ${last.reference})`
    case 'waiting': {
      const finished = (FINISHED_STATUSES as readonly string[]).includes(last.status)
      const updated = sql`${last.updatedAt.toISOString()}::timestamptz`
      return sql`(${isFinished(concerns.status)}, ${concerns.updatedAt}, ${concerns.createdAt}, ${concerns.reference}) > (${sql.raw(String(finished))}, ${updated}, ${created}, ${last.reference})`
    }
  }
}

function readPage(db: AppDb, conditions: SQL[], sort: ConcernListQuery['sort'], size: number) {
  return db
    .select(listColumns)
    .from(concerns)
    .where(and(...conditions))
    .orderBy(...ORDER[sort])
    .limit(size)
}

/** Every concern the query matches, in its order, a page at a time. */
export async function* exportPages(
  db: AppDb,
  viewer: SessionUser,
  query: ConcernListQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CsvConcern[]> {
  const conditions = [
    ...filterConditions(viewer, query),
    ...(query.statuses.length > 0 ? [inArray(concerns.status, query.statuses)] : []),
    ...(query.flag === undefined ? [] : [hasFlagSql(query.flag)]),
  ]
  let last: Row | undefined
  for (;;) {
    const rows = await readPage(
      db,
      last === undefined ? conditions : [...conditions, after(query.sort, last)],
      query.sort,
      pageSize,
    )
    if (rows.length > 0) yield rows.map(summaryOf)
    if (rows.length < pageSize) return
    last = rows.at(-1)
  }
}
