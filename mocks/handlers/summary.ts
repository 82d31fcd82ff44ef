import { http, HttpResponse } from 'msw'
import type { ConcernStats } from '../../src/lib/api/schemas'
import { clusterWindowStart, statsFrom, type ThemeDivisionCount } from '../../src/lib/backend/stats'
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
      const recentFrom = clusterWindowStart(store.now()).toISOString()
      const pairs = new Map<string, ThemeDivisionCount>()
      for (const { themeId, divisionId, createdAt } of concerns) {
        const key = `${themeId} ${divisionId}`
        const pair = pairs.get(key) ?? { themeId, divisionId, count: 0, last90Days: 0 }
        pair.count += 1
        if (createdAt >= recentFrom) pair.last90Days += 1
        pairs.set(key, pair)
      }
      return HttpResponse.json<ConcernStats>(
        statsFrom({
          total: concerns.length,
          byStatus: countBy((c) => c.status),
          byTheme: countBy((c) => c.themeId),
          byDivision: countBy((c) => c.divisionId),
          byMonth: countBy((c) => dayOf(c).slice(0, 7)),
          byThemeAndDivision: [...pairs.values()],
        }),
      )
    }),
  ),
]
