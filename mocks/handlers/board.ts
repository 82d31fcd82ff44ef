import { http, HttpResponse } from 'msw'
import type { Division, Objective, RiskTheme } from '../../src/lib/api/schemas'
import {
  findObjective,
  findRiskTheme,
  OBJECTIVES,
  RISK_THEMES,
} from '../../src/lib/backend/seed/board-content'
import type { RiskThemeContent } from '../../src/lib/backend/seed/board-content'
import { DIVISIONS } from '../../src/lib/backend/seed/divisions'
import { notFound } from '../../src/lib/backend/problems'
import type { MockStore } from '../store'
import { API, param, requireUser, route, type GetStore } from './context'

/** Objectives, risk themes and divisions: reference data any signed-in user may read. */
export const boardHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/objectives`,
    route(getStore, ({ store }) => {
      requireUser(store)
      return HttpResponse.json<Objective[]>([...OBJECTIVES])
    }),
  ),

  http.get(
    `${API}/objectives/:id`,
    route(getStore, (context) => {
      requireUser(context.store)
      const objective = findObjective(param(context, 'id'))
      if (!objective) throw notFound('There is no objective with that id.')
      return HttpResponse.json<Objective>(objective)
    }),
  ),

  http.get(
    `${API}/risk-themes`,
    route(getStore, ({ store }) => {
      requireUser(store)
      return HttpResponse.json<RiskTheme[]>(RISK_THEMES.map((theme) => withCount(store, theme)))
    }),
  ),

  http.get(
    `${API}/risk-themes/:id`,
    route(getStore, (context) => {
      requireUser(context.store)
      const theme = findRiskTheme(param(context, 'id'))
      if (!theme) throw notFound('There is no risk theme with that id.')
      return HttpResponse.json<RiskTheme>(withCount(context.store, theme))
    }),
  ),

  http.get(
    `${API}/divisions`,
    route(getStore, ({ store }) => {
      requireUser(store)
      return HttpResponse.json<Division[]>([...DIVISIONS])
    }),
  ),
]

/** Counted live, across every councillor's concerns. */
function withCount(store: MockStore, theme: RiskThemeContent): RiskTheme {
  const concernCount = store.data.concerns.filter((concern) => concern.themeId === theme.id).length
  return { ...theme, concernCount }
}
