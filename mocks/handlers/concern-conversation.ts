import { http, HttpResponse } from 'msw'
import {
  concernMessageRequestSchema,
  etagOf,
  redactionRequestSchema,
  type Concern,
} from '../../src/lib/api/schemas'
import { addMessage } from '../../src/lib/backend/concern-records'
import {
  concernClosed,
  conflictingEdit,
  preconditionRequired,
} from '../../src/lib/backend/problems'
import {
  applyRedaction,
  planRedaction,
  storedAnswerAfterRedaction,
} from '../../src/lib/backend/redaction'
import { actorOf } from '../../src/lib/backend/seed/personas'
import type { MockStore, StoredConcern } from '../store'
import { API, requireRole, requireUser, route, validate, type GetStore } from './context'
import { view, visibleConcern } from './concern-item'
import {
  idempotencyKeyOf,
  rememberedCreated,
  replayIfSeen,
  type IdempotentRequest,
} from './idempotency'

/** The author adds information to a concern; the chair removes text from one (decision 0014). */
export const concernConversationHandlers = (getStore: GetStore) => [
  http.post(
    `${API}/concerns/:id/messages`,
    route(getStore, (context) => {
      const { store, request, url } = context
      const user = requireUser(store)
      // Another councillor's concern is 404 (as reading it is); the chair may not write as one.
      const concern = visibleConcern(context, user)
      requireRole(user, 'councillor')
      const key = idempotencyKeyOf(request.headers)
      const body = context.json()
      const seen: IdempotentRequest = {
        method: 'POST',
        path: `/concerns/${concern.id}/messages`,
        body,
      }
      const replay = replayIfSeen(store, user.id, key, seen)
      if (replay) return replay

      const { text } = validate(concernMessageRequestSchema, body)
      if (concern.status === 'closed') throw concernClosed()
      addMessage(concern, { at: store.now(), actor: actorOf(user), text }, store.newId)
      const answer: Concern = view(store, user, concern)
      return rememberedCreated(store, {
        userId: user.id,
        key,
        request: seen,
        concern,
        location: `${url.origin}${url.pathname.replace(/\/messages\/?$/, '')}`,
        body: answer,
      })
    }),
  ),

  http.post(
    `${API}/concerns/:id/redactions`,
    route(getStore, (context) => {
      const { store, request } = context
      const user = requireUser(store)
      const concern = visibleConcern(context, user)
      requireRole(user, 'chair')
      const ifMatch = request.headers.get('If-Match')?.trim()
      if (!ifMatch) throw preconditionRequired()
      if (ifMatch !== etagOf(concern.version)) throw conflictingEdit(view(store, user, concern))

      const plan = planRedaction(concern, validate(redactionRequestSchema, context.json()))
      applyRedaction(concern, plan, { at: store.now(), actor: actorOf(user) }, store.newId)
      rewriteStoredAnswers(store, concern)
      return HttpResponse.json<Concern>(view(store, user, concern), {
        headers: { ETag: etagOf(concern.version) },
      })
    }),
  ),
]

/** Kept answers about the concern held the removed text: they become the concern as it is now. */
function rewriteStoredAnswers(store: MockStore, concern: StoredConcern): void {
  const repliesRead = store.data.repliesRead[concern.id] ?? 0
  for (const record of Object.values(store.data.idempotency)) {
    if (record.concernId !== concern.id) continue
    record.body = storedAnswerAfterRedaction(record.userId, concern, repliesRead)
    record.headers = { ...record.headers, ETag: etagOf(concern.version) }
  }
}
