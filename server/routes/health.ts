import { Hono } from 'hono'
import type { AppEnv } from '../http/env'

/** Liveness (the process answers) and readiness (its database answers too). */
export const healthRoutes = () =>
  new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await c.get('database').ping()
        return c.json({ status: 'ready' })
      } catch {
        return c.json({ status: 'database unavailable' }, 503)
      }
    })
