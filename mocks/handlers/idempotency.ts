import { HttpResponse } from 'msw'
import { hashOf } from '../../src/lib/backend/idempotency'
import { idempotencyKeyReused } from '../../src/lib/backend/problems'
import { idempotencyRecordKey, type IdempotencyRecord, type MockStore } from '../store'

/** The first response again if this user sent this key with this body; 422 if with another body. */
export function replayIfSeen(
  store: MockStore,
  userId: string,
  key: string,
  body: unknown,
): Response | null {
  const record = store.data.idempotency[idempotencyRecordKey(userId, key)]
  if (!record) return null
  if (record.bodyHash !== hashOf(body)) throw idempotencyKeyReused()
  return new HttpResponse(JSON.stringify(record.body), {
    status: record.status,
    headers: { ...record.headers, 'Content-Type': 'application/json' },
  })
}

export function remember(
  store: MockStore,
  record: Omit<IdempotencyRecord, 'bodyHash' | 'at'> & { requestBody: unknown },
): void {
  const { requestBody, ...rest } = record
  store.data.idempotency[idempotencyRecordKey(record.userId, record.key)] = {
    ...rest,
    bodyHash: hashOf(requestBody),
    at: store.now().toISOString(),
  }
}

export { hashOf, idempotencyKeyOf } from '../../src/lib/backend/idempotency'
