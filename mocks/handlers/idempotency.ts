import { HttpResponse } from 'msw'
import { hashOf } from '../../src/lib/backend/idempotency'
import { idempotencyKeyReusedBy } from '../../src/lib/backend/problems'
import { etagOf, type Concern } from '../../src/lib/api/schemas/concerns'
import { idempotencyRecordKey, type IdempotencyRecord, type MockStore } from '../store'

/**
 * What a key stands for: the method, the path below /api/v1 and the body. The same key with any
 * of them different is another request (422), so a POST's key cannot be replayed by a PATCH.
 */
export interface IdempotentRequest {
  method: 'POST' | 'PATCH'
  path: string
  body: unknown
}

/** The first answer again if this user sent this key with this same request; 422 if with another. */
export function replayIfSeen(
  store: MockStore,
  userId: string,
  key: string,
  request: IdempotentRequest,
): Response | null {
  const record = store.data.idempotency[idempotencyRecordKey(userId, key)]
  if (!record) return null
  const same =
    record.method === request.method &&
    record.path === request.path &&
    record.bodyHash === hashOf(request.body)
  if (!same) {
    throw idempotencyKeyReusedBy(request.method, request.path)
  }
  return new HttpResponse(JSON.stringify(record.body), {
    status: record.status,
    headers: { ...record.headers, 'Content-Type': 'application/json' },
  })
}

/** Keeps a successful answer for replay. Refusals are never kept: they may be put right. */
export function remember(
  store: MockStore,
  record: Omit<IdempotencyRecord, 'method' | 'path' | 'bodyHash' | 'at'> & {
    request: IdempotentRequest
  },
): void {
  const { request, ...rest } = record
  store.data.idempotency[idempotencyRecordKey(record.userId, record.key)] = {
    ...rest,
    method: request.method,
    path: request.path,
    bodyHash: hashOf(request.body),
    at: store.now().toISOString(),
  }
}

/**
 * 201 Created for a concern made or changed under an idempotency key: its Location and ETag, the
 * answer kept for replay.
 */
export function rememberedCreated(
  store: MockStore,
  created: {
    userId: string
    key: string
    request: IdempotentRequest
    concern: { id: string; version: number }
    location: string
    body: Concern
  },
): Response {
  const { userId, key, request, concern, location, body } = created
  const headers = { Location: location, ETag: etagOf(concern.version) }
  remember(store, { userId, key, request, concernId: concern.id, status: 201, headers, body })
  return HttpResponse.json(body, { status: 201, headers })
}

export { idempotencyKeyOf, optionalIdempotencyKeyOf } from '../../src/lib/backend/idempotency'
