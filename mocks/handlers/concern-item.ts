import { http, HttpResponse } from 'msw'
import {
  etagOf,
  updateConcernRequestSchema,
  type Concern,
  type SessionUser,
} from '../../src/lib/api/schemas'
import { applyChange, canSee, concernFor, replyCount } from '../../src/lib/backend/concern-records'
import { checkChange } from '../../src/lib/backend/concern-rules'
import { actorOf } from '../../src/lib/backend/seed/personas'
import { conflictingEdit, notFound, preconditionRequired } from '../../src/lib/backend/problems'
import type { MockStore, StoredConcern } from '../store'
import {
  API,
  param,
  requireRole,
  requireUser,
  route,
  validate,
  type GetStore,
  type RouteContext,
} from './context'
import {
  optionalIdempotencyKeyOf,
  remember,
  replayIfSeen,
  type IdempotentRequest,
} from './idempotency'

/** One concern: read it (owner or chair), change it (chair), mark its replies read (owner). */
export const concernHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/concerns/:id`,
    route(getStore, (context) => {
      const user = requireUser(context.store)
      const concern = visibleConcern(context, user)
      return respond(context.store, user, concern)
    }),
  ),

  http.patch(
    `${API}/concerns/:id`,
    route(getStore, (context) => {
      const { store, request } = context
      const user = requireUser(store)
      const concern = visibleConcern(context, user)
      requireRole(user, 'chair')
      const key = optionalIdempotencyKeyOf(request.headers)
      const body = context.json()
      const seen: IdempotentRequest = { method: 'PATCH', path: `/concerns/${concern.id}`, body }
      // Before If-Match: a retry of a change that was applied, but whose answer was lost, carries
      // the version it was first checked against, and must get that first answer, not a 412.
      const replay = key === null ? null : replayIfSeen(store, user.id, key, seen)
      if (replay) return replay
      const ifMatch = request.headers.get('If-Match')?.trim()
      if (!ifMatch) throw preconditionRequired()
      if (ifMatch !== etagOf(concern.version)) throw conflictingEdit(view(store, user, concern))

      const change = validate(updateConcernRequestSchema, body)
      checkChange(concern, change)
      applyChange(concern, { ...change, at: store.now(), actor: actorOf(user) }, store.newId)
      const answer = view(store, user, concern)
      const headers = { ETag: etagOf(concern.version) }
      if (key !== null) {
        remember(store, {
          userId: user.id,
          key,
          request: seen,
          concernId: concern.id,
          status: 200,
          headers,
          body: answer,
        })
      }
      return HttpResponse.json<Concern>(answer, { headers })
    }),
  ),

  http.post(
    `${API}/concerns/:id/read`,
    route(getStore, (context) => {
      const user = requireUser(context.store)
      const concern = visibleConcern(context, user)
      // Read receipts are the author's alone; to anyone else this resource does not exist.
      if (concern.author.id !== user.id) throw notFound()
      context.store.data.repliesRead[concern.id] = replyCount(concern)
      return new HttpResponse(null, { status: 204 })
    }),
  ),
]

/** 404 both for no such concern and for someone else's: ids reveal nothing. */
export function visibleConcern(context: RouteContext, user: SessionUser): StoredConcern {
  const concern = context.store.findConcern(param(context, 'id'))
  if (!concern || !canSee(user, concern)) throw notFound('There is no concern with that id.')
  return concern
}

export const view = (store: MockStore, user: SessionUser, concern: StoredConcern): Concern =>
  concernFor(user, concern, store.data.repliesRead[concern.id] ?? 0)

const respond = (store: MockStore, user: SessionUser, concern: StoredConcern) =>
  HttpResponse.json<Concern>(view(store, user, concern), {
    headers: { ETag: etagOf(concern.version) },
  })
