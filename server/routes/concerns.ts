import { Hono } from 'hono'
import {
  createConcernRequestSchema,
  etagOf,
  updateConcernRequestSchema,
  type Concern,
  type SessionUser,
} from '../../src/lib/api/schemas'
import { applyChange, canSee, concernFor } from '../../src/lib/backend/concern-records'
import { checkChange, checkReferences } from '../../src/lib/backend/concern-rules'
import { hashOf, idempotencyKeyOf } from '../../src/lib/backend/idempotency'
import { parseDateRange, parseListQuery } from '../../src/lib/backend/list-query'
import {
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
  markRepliesRead,
  saveChange,
  type LoadedConcern,
} from '../db/concern-store'
import { inIdempotentTransaction, replayOf } from '../db/idempotency'
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
        return c.json(statsFrom(await countConcerns(c.get('database').db, range)))
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
        const at = c.get('now')()
        const base = `${publicOrigin(c)}${new URL(c.req.url).pathname.replace(/\/$/, '')}`
        const claim = { userId: user.id, key, method: 'POST', fingerprint, createdAt: at }
        return inIdempotentTransaction(db, claim, async (tx) => {
          const concern = await insertNewConcern(tx, {
            id: crypto.randomUUID(),
            input,
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
