import { Hono } from 'hono'
import { signInRequestSchema, type OutboxKey, type SessionUser } from '../../src/lib/api/schemas'
import { notFound, validationFailed } from '../../src/lib/backend/problems'
import { findPersona, PERSONAS, sessionUserOf } from '../../src/lib/backend/seed/personas'
import { validate } from '../../src/lib/backend/validation'
import type { AppEnv } from '../http/env'
import { readJson, requireUser, type AppContext } from '../http/request'
import { endSession, startSession } from '../http/session'
import { outboxKeyFor } from '../http/outbox-key'
import type { RateLimiter } from '../http/rate-limit'
import { tooManyRequests } from '../../src/lib/backend/problems'

/** Demo personas sign in only in demo mode; a council's single sign-on will live here too. */
export function sessionRoutes(limiter: RateLimiter, addressOf: (c: AppContext) => string) {
  const demoOnly = (c: AppContext) => {
    if (!c.get('config').demoSignIn) {
      throw notFound('Demo sign-in is off: sign in with your council account.')
    }
  }

  return new Hono<AppEnv>()
    .get('/session/personas', (c) => {
      demoOnly(c)
      return c.json([...PERSONAS])
    })
    .get('/session', (c) => c.json<SessionUser>(requireUser(c)))
    .get('/session/outbox-key', async (c) => {
      const user = requireUser(c)
      const key = await outboxKeyFor(c.get('database').db, user.id)
      c.header('Cache-Control', 'no-store')
      return c.json<OutboxKey>({ key })
    })
    .post('/session', async (c) => {
      demoOnly(c)
      const limit = limiter.take(addressOf(c))
      if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds)
      const { personaId } = validate(signInRequestSchema, await readJson(c))
      const persona = findPersona(personaId)
      if (!persona) throw validationFailed({ personaId: ['Choose one of the demo accounts'] })
      const user = sessionUserOf(persona)
      await startSession(c, user)
      return c.json<SessionUser>(user)
    })
    .delete('/session', async (c) => {
      await endSession(c)
      return c.body(null, 204)
    })
}
