import { Hono } from 'hono'
import { notFound } from '../../src/lib/backend/problems'
import { resetDatabase } from '../db/seed'
import type { AppEnv } from '../http/env'
import { endSession } from '../http/session'

/** Demo mode only: the sample data back as shipped, everyone signed out. */
export const demoRoutes = () =>
  new Hono<AppEnv>().post('/demo/reset', async (c) => {
    if (!c.get('config').demoSignIn) throw notFound('There is no such API endpoint.')
    await resetDatabase(c.get('database'), { now: c.get('now')() })
    await endSession(c)
    return c.body(null, 204)
  })
