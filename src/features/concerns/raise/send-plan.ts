import { createConcernRequestSchema, type CreateConcernRequest } from '../../../lib/api'
import { bodyOf } from '../api/create-concern'
import type { Attempt } from '../drafts'

/**
 * How to send these answers. The same body as the last attempt goes under its key again (a
 * replay, if it was stored). Different answers get a new key, unless the last attempt's outcome
 * is unknown: then that attempt is sent again first, as it was, under its own key, because a new
 * key while it may be stored could store a second copy.
 */
export type SendPlan =
  | { kind: 'send'; key: string; fresh: boolean }
  | { kind: 'settle-first'; key: string; request: CreateConcernRequest }

export function planSend(
  attempt: Attempt | undefined,
  request: CreateConcernRequest,
  newKey: () => string = () => crypto.randomUUID(),
): SendPlan {
  if (attempt && attempt.body === bodyOf(request)) {
    return { kind: 'send', key: attempt.key, fresh: false }
  }
  const earlier = attempt?.unsettled ? requestOf(attempt.body) : null
  if (attempt && earlier) return { kind: 'settle-first', key: attempt.key, request: earlier }
  return { kind: 'send', key: newKey(), fresh: true }
}

/**
 * The request an attempt sent, read back from its saved body. One the contract would refuse
 * (422) cannot have been stored, so it needs no settling.
 */
function requestOf(body: string): CreateConcernRequest | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  const result = createConcernRequestSchema.safeParse(parsed)
  return result.success ? result.data : null
}
