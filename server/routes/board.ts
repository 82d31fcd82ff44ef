import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import type { RiskTheme } from '../../src/lib/api/schemas'
import { notFound } from '../../src/lib/backend/problems'
import {
  findObjective,
  findRiskTheme,
  OBJECTIVES,
  RISK_THEMES,
  type RiskThemeContent,
} from '../../src/lib/backend/seed/board-content'
import { DIVISIONS } from '../../src/lib/backend/seed/divisions'
import { concerns } from '../db/schema'
import type { AppEnv } from '../http/env'
import { requireUser, type AppContext } from '../http/request'

/** Objectives, risk themes and divisions: the report's content, for anyone signed in. */
export const boardRoutes = () =>
  new Hono<AppEnv>()
    .get('/objectives', (c) => {
      requireUser(c)
      return c.json([...OBJECTIVES])
    })
    .get('/objectives/:id', (c) => {
      requireUser(c)
      const objective = findObjective(c.req.param('id'))
      if (!objective) throw notFound('There is no objective with that id.')
      return c.json(objective)
    })
    .get('/risk-themes', async (c) => {
      requireUser(c)
      const counts = await concernCounts(c)
      return c.json<RiskTheme[]>(RISK_THEMES.map((theme) => withCount(theme, counts)))
    })
    .get('/risk-themes/:id', async (c) => {
      requireUser(c)
      const theme = findRiskTheme(c.req.param('id'))
      if (!theme) throw notFound('There is no risk theme with that id.')
      return c.json<RiskTheme>(withCount(theme, await concernCounts(c)))
    })
    .get('/divisions', (c) => {
      requireUser(c)
      return c.json([...DIVISIONS])
    })

/** Concerns per theme across every councillor's concerns, counted live. */
async function concernCounts(c: AppContext): Promise<Map<string, number>> {
  const rows = await c
    .get('database')
    .db.select({ themeId: concerns.themeId, count: sql<number>`count(*)::int` })
    .from(concerns)
    .groupBy(concerns.themeId)
  return new Map(rows.map((row) => [row.themeId, row.count]))
}

const withCount = (theme: RiskThemeContent, counts: Map<string, number>): RiskTheme => ({
  ...theme,
  concernCount: counts.get(theme.id) ?? 0,
})
