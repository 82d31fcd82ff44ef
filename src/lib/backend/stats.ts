import { OTHER_THEME_ID, OTHER_THEME_TITLE, STATUSES, type ConcernStats } from '../api/schemas'
import { RISK_THEMES } from './seed/board-content'
import { findDivision } from './seed/divisions'

/** Counts of concerns by one key each; a back end computes them however it stores concerns. */
export interface ConcernCounts {
  total: number
  byStatus: ReadonlyMap<string, number>
  byTheme: ReadonlyMap<string, number>
  byDivision: ReadonlyMap<string, number>
  /** Keyed YYYY-MM (UTC). */
  byMonth: ReadonlyMap<string, number>
  byThemeAndDivision: ReadonlyArray<ThemeDivisionCount>
}

export interface ThemeDivisionCount {
  themeId: string
  divisionId: string
  count: number
  last90Days: number
}

/** The window a cluster is counted in (decision 0015). */
export const CLUSTER_DAYS = 90

/** The start of the 90 days up to `now`: concerns raised at or after it count as recent. */
export const clusterWindowStart = (now: Date): Date =>
  new Date(now.getTime() - CLUSTER_DAYS * 24 * 3600 * 1000)

/** GET /concerns/summary's body from the counts: every status and theme, divisions most first. */
export function statsFrom(counts: ConcernCounts): ConcernStats {
  const themes = [...RISK_THEMES, { id: OTHER_THEME_ID, title: OTHER_THEME_TITLE }]
  return {
    total: counts.total,
    byStatus: STATUSES.map((status) => ({ status, count: counts.byStatus.get(status) ?? 0 })),
    byTheme: themes.map(({ id, title }) => ({
      themeId: id,
      title,
      count: counts.byTheme.get(id) ?? 0,
    })),
    // Only divisions with concerns, most first: 61 rows of mostly zeros help no chart.
    byDivision: [...counts.byDivision]
      .map(([divisionId, count]) => ({
        divisionId,
        name: findDivision(divisionId)?.name ?? divisionId,
        count,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    byMonth: monthsBetween([...counts.byMonth.keys()]).map((month) => ({
      month,
      count: counts.byMonth.get(month) ?? 0,
    })),
    // A fixed order, whatever order the back end counted in.
    byThemeAndDivision: [...counts.byThemeAndDivision]
      .filter((pair) => pair.count > 0)
      .sort((a, b) => compare(a.divisionId, b.divisionId) || compare(a.themeId, b.themeId))
      .map(({ themeId, divisionId, count, last90Days }) => ({
        themeId,
        divisionId,
        count,
        last90Days,
      })),
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Every YYYY-MM from the earliest to the latest given, with no gaps. */
function monthsBetween(months: string[]): string[] {
  if (months.length === 0) return []
  const sorted = [...months].sort()
  const [first, last] = [sorted[0] ?? '', sorted[sorted.length - 1] ?? '']
  const result: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (let current = first; current <= last;) {
    result.push(current)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
    current = `${year}-${String(month).padStart(2, '0')}`
  }
  return result
}
