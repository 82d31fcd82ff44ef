import type { ConcernSort } from '../../src/lib/api/schemas'
import { FINISHED_STATUSES, type StoredConcern } from '../../src/lib/backend/concern-records'
import type { ConcernFilters, DateRange } from '../../src/lib/backend/list-query'

export {
  emptyStatusCounts,
  parseDateRange,
  parseListQuery,
  type ConcernFilters,
  type ConcernListQuery,
  type DateRange,
} from '../../src/lib/backend/list-query'

/** The UTC day a concern was raised on; the date filters compare whole days. */
export const dayOf = (concern: StoredConcern): string => concern.createdAt.slice(0, 10)

export const inRange = (concern: StoredConcern, { from, to }: DateRange): boolean => {
  const day = dayOf(concern)
  return (from === undefined || day >= from) && (to === undefined || day <= to)
}

/** Every filter except status, which the page's status counts ignore. */
export function matchesFilters(concern: StoredConcern, filters: ConcernFilters): boolean {
  if (filters.theme !== undefined && concern.themeId !== filters.theme) return false
  if (filters.division !== undefined && concern.divisionId !== filters.division) return false
  if (!inRange(concern, filters)) return false
  if (filters.q !== undefined && !searchTextOf(concern).includes(filters.q.toLowerCase())) {
    return false
  }
  return true
}

// The searchable text changes only when the chair removes text (which makes a new version), so
// it is lower-cased once per version, not on every request: a text search over 10,000 concerns
// is a scan, not 40,000 copies. Fields are joined by a line break, so ordinary search text cannot
// match across two of them.
const searchTexts = new WeakMap<StoredConcern, { version: number; text: string }>()

function searchTextOf(concern: StoredConcern): string {
  const cached = searchTexts.get(concern)
  if (cached?.version === concern.version) return cached.text
  const text = [concern.reference, concern.title, concern.details, concern.location]
    .join('\n')
    .toLowerCase()
  searchTexts.set(concern, { version: concern.version, text })
  return text
}

const isOpen = (concern: StoredConcern): boolean => !FINISHED_STATUSES.includes(concern.status)

// Timestamps (ISO 8601, UTC) and references have fixed formats that sort by code unit; plain
// comparison is exact and far cheaper than locale collation when sorting thousands of concerns.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byCreated = (a: StoredConcern, b: StoredConcern): number =>
  compare(a.createdAt, b.createdAt) || compare(a.reference, b.reference)

/**
 * newest / oldest: by when raised. waiting: open concerns first, then the ones nothing has
 * happened to for longest (oldest updatedAt first) — the chair's "longest waiting" view.
 */
export const SORTERS: Record<ConcernSort, (a: StoredConcern, b: StoredConcern) => number> = {
  newest: (a, b) => byCreated(b, a),
  oldest: byCreated,
  waiting: (a, b) =>
    Number(isOpen(b)) - Number(isOpen(a)) || compare(a.updatedAt, b.updatedAt) || byCreated(a, b),
}
