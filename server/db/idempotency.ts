/**
 * Idempotency records: one row per (user, key), claimed inside the transaction that makes the
 * change, so of two racing requests with one key only one changes anything; the other waits for
 * the first to commit, then replays its answer. Only successes are kept (a refused request rolls
 * its claim back), so a corrected request may be sent again under the same key.
 */
import { and, eq, gt, sql } from 'drizzle-orm'
import { idempotencyKeyReusedBy } from '../../src/lib/backend/problems'
import type { AppDb } from './open'
import { idempotencyRecords } from './schema'

export interface StoredAnswer {
  status: number
  headers: Record<string, string>
  body: unknown
}

const where = (userId: string, key: string) =>
  and(eq(idempotencyRecords.userId, userId), eq(idempotencyRecords.key, key))

/** The first answer to this user's key, as a Response to send again; null if the key is new. */
export async function replayOf(
  db: AppDb,
  userId: string,
  key: string,
  fingerprint: string,
  method: string,
  /** Below /api/v1, for the words of a 422 (a new message or a new change). */
  path = '',
): Promise<Response | null> {
  const [record] = await db.select().from(idempotencyRecords).where(where(userId, key))
  if (!record) return null
  if (record.fingerprint !== fingerprint) throw idempotencyKeyReusedBy(method, path)
  return responseOf({ status: record.status, headers: record.headers, body: record.body })
}

/**
 * Claims the key inside a transaction. Returns null when claimed (go ahead, then `keep` the
 * answer), or the earlier answer when another request holds it (on PostgreSQL the insert waits
 * for that request's transaction to end).
 */
async function claimOrReplay(tx: AppDb, claim: Claim): Promise<Response | null> {
  const claimed = await tx
    .insert(idempotencyRecords)
    .values({ ...claim, status: 0, headers: {}, body: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecords.key })
  if (claimed.length > 0) return null
  const replay = await replayOf(
    tx,
    claim.userId,
    claim.key,
    claim.fingerprint,
    claim.method,
    claim.path,
  )
  if (!replay) throw new Error('An idempotency record vanished while it was being claimed')
  return replay
}

/** Keeps the answer with the claimed key, in the same transaction as the change. */
async function keepAnswer(
  tx: AppDb,
  userId: string,
  key: string,
  answer: StoredAnswer,
): Promise<void> {
  await tx
    .update(idempotencyRecords)
    .set({ status: answer.status, headers: answer.headers, body: answer.body })
    .where(where(userId, key))
}

export interface Claim {
  userId: string
  key: string
  /** The request's method, for the words of a 422 when the key comes back with another one. */
  method: string
  /** Below /api/v1, for the same words. */
  path?: string
  fingerprint: string
  createdAt: Date
}

/**
 * Runs `work` in one transaction that first claims the key, when there is one: if another request
 * holds it, that request's answer is returned and `work` never runs; otherwise `work`'s answer is
 * kept with the key in the same transaction, and sent.
 */
export function inIdempotentTransaction(
  db: AppDb,
  claim: Claim | null,
  work: (tx: AppDb) => Promise<StoredAnswer>,
): Promise<Response> {
  return db.transaction(async (tx) => {
    if (claim) {
      const earlier = await claimOrReplay(tx, claim)
      if (earlier) return earlier
    }
    const answer = await work(tx)
    if (claim) await keepAnswer(tx, claim.userId, claim.key, answer)
    return responseOf(answer)
  })
}

/**
 * Replaces every kept answer about this concern (its body is the concern, so its `id`) with
 * `answerFor` the key's owner, and its ETag: after a redaction no stored answer may still hold the
 * removed text, and a replay still changes nothing.
 */
export async function rewriteAnswersAbout(
  tx: AppDb,
  concernId: string,
  etag: string,
  answerFor: (userId: string) => unknown,
): Promise<void> {
  const records = await tx
    .select({
      userId: idempotencyRecords.userId,
      key: idempotencyRecords.key,
      headers: idempotencyRecords.headers,
    })
    .from(idempotencyRecords)
    .where(
      and(sql`${idempotencyRecords.body}->>'id' = ${concernId}`, gt(idempotencyRecords.status, 0)),
    )
  for (const record of records) {
    await tx
      .update(idempotencyRecords)
      .set({ body: answerFor(record.userId), headers: { ...record.headers, ETag: etag } })
      .where(where(record.userId, record.key))
  }
}

export const responseOf = (answer: StoredAnswer): Response =>
  new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { ...answer.headers, 'Content-Type': 'application/json' },
  })
