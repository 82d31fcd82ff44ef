import { Hono } from 'hono'
import {
  concernMessageRequestSchema,
  createConcernRequestSchema,
  etagOf,
  redactionRequestSchema,
  updateConcernRequestSchema,
  type Concern,
  type SessionUser,
} from '../../src/lib/api/schemas'
import { addMessage, applyChange, canSee, concernFor } from '../../src/lib/backend/concern-records'
import { checkChange, checkReferences } from '../../src/lib/backend/concern-rules'
import { hashOf, idempotencyKeyOf } from '../../src/lib/backend/idempotency'
import { parseDateRange, parseListQuery } from '../../src/lib/backend/list-query'
import { personalDataOf } from '../../src/lib/backend/personal-data'
import {
  applyRedaction,
  planRedaction,
  storedAnswerAfterRedaction,
} from '../../src/lib/backend/redaction'
import {
  concernClosed,
  conflictingEdit,
  notFound,
  preconditionRequired,
  tooManyRequests,
} from '../../src/lib/backend/problems'
import { actorOf } from '../../src/lib/backend/seed/personas'
import { statsFrom } from '../../src/lib/backend/stats'
import { validate } from '../../src/lib/backend/validation'
import {
  countConcerns,
  insertNewConcern,
  listConcerns,
  loadConcern,
  lockConcern,
  markRepliesRead,
  saveChange,
  saveRedaction,
  type LoadedConcern,
} from '../db/concern-store'
import { inIdempotentTransaction, replayOf, rewriteAnswersAbout } from '../db/idempotency'
import type { AppEnv } from '../http/env'
import type { RateLimiter } from '../http/rate-limit'
import { publicOrigin, readJson, requireRole, requireUser, type AppContext } from '../http/request'

/** What a retried request must match to replay: the same method, path and body. */
const fingerprintOf = (method: string, path: string, body: unknown) =>
  hashOf({ method, path, body })

/** 404 both for no such concern and for someone else's: ids reveal nothing. */
async function visibleConcern(c: AppContext, user: SessionUser): Promise<LoadedConcern> {
  const loaded = await loadConcern(c.get('database').db, c.req.param('id') ?? '')
  if (!loaded || !canSee(user, loaded.concern)) throw notFound('There is no concern with that id.')
  return loaded
}

const view = (user: SessionUser, { concern, repliesRead }: LoadedConcern): Concern =>
  concernFor(user, concern, repliesRead)

/** A PATCH's optional Idempotency-Key, checked like POST's when present. */
function optionalKey(c: AppContext): string | null {
  return c.req.header('Idempotency-Key') === undefined ? null : idempotencyKeyOf(c.req.raw.headers)
}

export function concernRoutes(limiter: RateLimiter) {
  return (
    new Hono<AppEnv>()
      // Before /concerns/:id, which would otherwise take "summary" for an id.
      .get('/concerns/summary', async (c) => {
        requireRole(requireUser(c), 'chair')
        const range = parseDateRange(new URL(c.req.url).searchParams)
        const counts = await countConcerns(c.get('database').db, range, c.get('now')())
        return c.json(statsFrom(counts))
      })

      .get('/concerns', async (c) => {
        const user = requireUser(c)
        const query = parseListQuery(new URL(c.req.url).searchParams)
        return c.json(await listConcerns(c.get('database').db, user, query))
      })

      .post('/concerns', async (c) => {
        const user = requireRole(requireUser(c), 'councillor')
        const key = idempotencyKeyOf(c.req.raw.headers)
        const body = await readJson(c)
        const { db } = c.get('database')
        const fingerprint = fingerprintOf('POST', '/concerns', body)
        // A replay answers before the rate limit: resending what was already stored is free.
        const replay = await replayOf(db, user.id, key, fingerprint, 'POST')
        if (replay) return replay
        const limit = limiter.take(user.id)
        if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds)

        const input = validate(createConcernRequestSchema, body)
        checkReferences(input)
        const personalData = personalDataOf(input)
        const at = c.get('now')()
        const base = `${publicOrigin(c)}${new URL(c.req.url).pathname.replace(/\/$/, '')}`
        const claim = { userId: user.id, key, method: 'POST', fingerprint, createdAt: at }
        return inIdempotentTransaction(db, claim, async (tx) => {
          const concern = await insertNewConcern(tx, {
            id: crypto.randomUUID(),
            input,
            personalData,
            author: user,
            at,
          })
          return {
            status: 201,
            headers: { Location: `${base}/${concern.id}`, ETag: etagOf(concern.version) },
            body: concernFor(user, concern, 0),
          }
        })
      })

      .get('/concerns/:id', async (c) => {
        const user = requireUser(c)
        const loaded = await visibleConcern(c, user)
        c.header('ETag', etagOf(loaded.concern.version))
        return c.json<Concern>(view(user, loaded))
      })

      .patch('/concerns/:id', async (c) => {
        const user = requireUser(c)
        const loaded = await visibleConcern(c, user)
        requireRole(user, 'chair')
        const key = optionalKey(c)
        const body = await readJson(c)
        const { db } = c.get('database')
        const fingerprint = fingerprintOf('PATCH', `/concerns/${loaded.concern.id}`, body)
        // A retried change whose first answer was lost replays it, rather than meeting its own
        // change as a conflict.
        if (key !== null) {
          const replay = await replayOf(db, user.id, key, fingerprint, 'PATCH')
          if (replay) return replay
        }
        const ifMatch = c.req.header('If-Match')?.trim()
        if (!ifMatch) throw preconditionRequired()
        if (ifMatch !== etagOf(loaded.concern.version)) throw conflictingEdit(view(user, loaded))

        const change = validate(updateConcernRequestSchema, body)
        checkChange(loaded.concern, change)
        const at = c.get('now')()
        const claim =
          key === null
            ? null
            : { userId: user.id, key, method: 'PATCH', fingerprint, createdAt: at }
        return inIdempotentTransaction(db, claim, async (tx) => {
          const { concern } = loaded
          const expectedVersion = concern.version
          const eventsBefore = concern.events.length
          applyChange(concern, { ...change, at, actor: actorOf(user) }, () => crypto.randomUUID())
          const newEvents = concern.events.slice(eventsBefore)
          if (!(await saveChange(tx, concern, expectedVersion, newEvents))) {
            const current = await loadConcern(tx, concern.id)
            throw conflictingEdit(current ? view(user, current) : undefined)
          }
          return {
            status: 200,
            headers: { ETag: etagOf(concern.version) },
            body: view(user, loaded),
          }
        })
      })

      .post('/concerns/:id/messages', async (c) => {
        const user = requireUser(c)
        // Another councillor's concern is 404 (as reading it is); the chair may not write as one.
        const { concern: seen } = await visibleConcern(c, user)
        requireRole(user, 'councillor')
        const key = idempotencyKeyOf(c.req.raw.headers)
        const body = await readJson(c)
        const { db } = c.get('database')
        const path = `/concerns/${seen.id}/messages`
        const fingerprint = fingerprintOf('POST', path, body)
        const replay = await replayOf(db, user.id, key, fingerprint, 'POST', path)
        if (replay) return replay
        const limit = limiter.take(user.id)
        if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds)

        const { text } = validate(concernMessageRequestSchema, body)
        const at = c.get('now')()
        const claim = { userId: user.id, key, method: 'POST', path, fingerprint, createdAt: at }
        const location = `${publicOrigin(c)}${new URL(c.req.url).pathname.replace(/\/messages\/?$/, '')}`
        return inIdempotentTransaction(db, claim, async (tx) => {
          // Locked, so a change the chair makes meanwhile comes before or after, never between.
          const loaded = await lockConcern(tx, seen.id)
          if (!loaded) throw notFound('There is no concern with that id.')
          if (loaded.concern.status === 'closed') throw concernClosed()
          const { concern } = loaded
          const expectedVersion = concern.version
          addMessage(concern, { at, actor: actorOf(user), text }, () => crypto.randomUUID())
          if (!(await saveChange(tx, concern, expectedVersion, concern.events.slice(-1)))) {
            throw new Error('A locked concern changed under its lock')
          }
          return {
            status: 201,
            headers: { Location: location, ETag: etagOf(concern.version) },
            body: view(user, loaded),
          }
        })
      })

      .post('/concerns/:id/redactions', async (c) => {
        const user = requireUser(c)
        const seen = await visibleConcern(c, user)
        requireRole(user, 'chair')
        const ifMatch = c.req.header('If-Match')?.trim()
        if (!ifMatch) throw preconditionRequired()
        if (ifMatch !== etagOf(seen.concern.version)) throw conflictingEdit(view(user, seen))
        const request = validate(redactionRequestSchema, await readJson(c))
        const at = c.get('now')()
        return c.get('database').db.transaction(async (tx) => {
          const loaded = await lockConcern(tx, seen.concern.id)
          if (!loaded) throw notFound('There is no concern with that id.')
          const { concern } = loaded
          // Checked again under the lock: a change may have come since the first look.
          if (ifMatch !== etagOf(concern.version)) throw conflictingEdit(view(user, loaded))
          const expectedVersion = concern.version
          const plan = planRedaction(concern, request)
          applyRedaction(concern, plan, { at, actor: actorOf(user) }, () => crypto.randomUUID())
          if (!(await saveRedaction(tx, concern, expectedVersion, plan))) {
            throw new Error('A locked concern changed under its lock')
          }
          // No stored answer may still hold the removed text.
          await rewriteAnswersAbout(tx, concern.id, etagOf(concern.version), (userId) =>
            storedAnswerAfterRedaction(userId, concern, loaded.repliesRead),
          )
          return c.json<Concern>(view(user, loaded), 200, { ETag: etagOf(concern.version) })
        })
      })

      .post('/concerns/:id/read', async (c) => {
        const user = requireUser(c)
        const { concern } = await visibleConcern(c, user)
        // Read receipts are the author's alone; to anyone else this resource does not exist.
        if (concern.author.id !== user.id) throw notFound()
        await markRepliesRead(c.get('database').db, concern.id)
        return c.body(null, 204)
      })
  )
}
