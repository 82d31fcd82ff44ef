import { http, HttpResponse } from 'msw'
import { OTHER_THEME_ID, STATUSES, type ConcernStats } from '../../src/lib/api/schemas'
import { RISK_THEMES } from '../../src/lib/backend/seed/board-content'
import { findDivision } from '../../src/lib/backend/seed/divisions'
import { dayOf, inRange, parseDateRange } from './concern-query'
import { API, requireRole, requireUser, route, type GetStore } from './context'

/** GET /concerns/summary: the chair's counts for charts, optionally within from/to. */
export const summaryHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/concerns/summary`,
    route(getStore, ({ store, url }) => {
      requireRole(requireUser(store), 'chair')
      const range = parseDateRange(url.searchParams)
      const concerns = store.data.concerns.filter((concern) => inRange(concern, range))
      const countBy = (key: (c: (typeof concerns)[number]) => string) => {
        const counts = new Map<string, number>()
        for (const concern of concerns)
          counts.set(key(concern), (counts.get(key(concern)) ?? 0) + 1)
        return counts
      }

      const byStatus = countBy((c) => c.status)
      const byTheme = countBy((c) => c.themeId)
      const byDivision = countBy((c) => c.divisionId)
      const byMonth = countBy((c) => dayOf(c).slice(0, 7))
      const themes = [...RISK_THEMES, { id: OTHER_THEME_ID, title: 'Other' }]

      return HttpResponse.json<ConcernStats>({
        total: concerns.length,
        byStatus: STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
        byTheme: themes.map(({ id, title }) => ({
          themeId: id,
          title,
          count: byTheme.get(id) ?? 0,
        })),
        // Only divisions with concerns, most first: 61 rows of mostly zeros help no chart.
        byDivision: [...byDivision]
          .map(([divisionId, count]) => ({
            divisionId,
            name: findDivision(divisionId)?.name ?? divisionId,
            count,
          }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        byMonth: monthsBetween([...byMonth.keys()]).map((month) => ({
          month,
          count: byMonth.get(month) ?? 0,
        })),
      })
    }),
  ),
]

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
