import { onlineManager, type QueryClient } from '@tanstack/react-query'
// Direct module imports, not the api index: this file is in the first bundle (its defaults are
// registered at start-up) and the index would bring every zod schema with it.
import { isApiError } from '../../../lib/api/api-error'
import { apiRequest } from '../../../lib/api/client'
import { concernKeys, referenceKeys } from '../../../lib/api/keys'
import type { Concern, CreateConcernRequest } from '../../../lib/api/schemas/concerns'
import { keepUntilSent, onClearClientState, onSignOutKeep, sessionKeys } from '../../../lib/query'
import { isSealed, saveQueueWhenItChanges } from '../outbox/durability'
import { keepOthersQueued } from '../outbox/keep-others'
import { answersFrom } from '../answers'
import {
  forgetAllDrafts,
  isUnknownOutcome,
  removeSent,
  returnToShelf,
  type ReturnedInfo,
} from '../drafts'

const loadConcernSchema = () =>
  import('../../../lib/api/schemas/concerns').then((m) => m.concernSchema)
const loadSessionUserSchema = () =>
  import('../../../lib/api/schemas/session').then((m) => m.sessionUserSchema)

/**
 * Everything needed to send a concern, fixed when the councillor presses "Send". It is saved with
 * a mutation waiting for signal, so it must be plain JSON. Its shape is read back from storage by
 * later builds (a queued concern is never dropped, whatever CACHE_BUSTER says, and sealed ones
 * wait for their author's next sign-in): changing it needs a migration of saved mutations in
 * restoreSalvaging (src/lib/query/persistence.ts) and of sealed ones in outbox/sealing.ts.
 */
export interface CreateConcernVariables {
  /** Made when they press "Send" (crypto.randomUUID()); retries and resumes reuse it. */
  idempotencyKey: string
  /** Who raised it: it is only ever sent while this user is signed in. */
  authorId: string
  request: CreateConcernRequest
}

/** The concern was not sent because someone else is signed in on this device now. */
export class NotTheAuthorError extends Error {
  constructor() {
    super('Someone else is signed in on this device, so the concern was not sent as them.')
    this.name = 'NotTheAuthorError'
  }
}

/**
 * POST /concerns, but only as the person who wrote it: the session is checked first, because a
 * concern queued offline may be resumed after someone else has signed in on the same tablet.
 */
export async function sendConcern(
  variables: CreateConcernVariables,
  queryClient?: QueryClient,
): Promise<Concern> {
  try {
    const { data: user } = await apiRequest(loadSessionUserSchema, '/session')
    queryClient?.setQueryData(sessionKeys.current(), user)
    if (user.id !== variables.authorId) throw new NotTheAuthorError()
    const { data } = await apiRequest(loadConcernSchema, '/concerns', {
      method: 'POST',
      body: variables.request,
      headers: { 'Idempotency-Key': variables.idempotencyKey },
    })
    return data
  } catch (error) {
    // A tablet that lost signal before the app noticed: tell the query client, so the retry
    // waits for the 'online' event as a paused (and saved) mutation instead of giving up.
    if (isApiError(error) && error.kind === 'network' && navigator.onLine === false) {
      onlineManager.setOnline(false)
    }
    throw error
  }
}

/** Why a concern came back, for the form and the banner. */
export function returnedInfo(error: unknown, at: Date = new Date()): ReturnedInfo {
  const base = { fieldErrors: {}, at: at.toISOString() }
  if (error instanceof NotTheAuthorError) return { ...base, reason: 'other-user' }
  if (!isApiError(error)) return { ...base, reason: 'refused', message: 'Something went wrong.' }
  if (error.isTransient) {
    return { ...base, reason: error.kind === 'http' ? 'server-error' : 'no-answer' }
  }
  if (error.status === 401) return { ...base, reason: 'signed-out' }
  if (error.status === 413) return { ...base, reason: 'too-large' }
  if (error.isTooManyRequests) return { ...base, reason: 'busy' }
  if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
    return {
      ...base,
      reason: 'invalid',
      fieldErrors: Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, messages]) => [field, [...messages]]),
      ),
    }
  }
  return { ...base, reason: 'refused', message: error.detail ?? error.title }
}

/** The reuse rule for keys: the same body may be sent again under the same key. */
export const bodyOf = (request: CreateConcernRequest): string => JSON.stringify(request)

/**
 * Registered on the query client at start-up (src/app/mutation-defaults.ts), before the saved
 * cache is restored: a concern that was waiting for signal when the app closed can then be sent.
 * Retries come from the client's defaults (transient failures only, with backoff).
 */
export function registerConcernMutationDefaults(queryClient: QueryClient): void {
  queryClient.setMutationDefaults(concernKeys.create(), {
    mutationFn: (variables: CreateConcernVariables) => sendConcern(variables, queryClient),
    onSuccess: async (concern: Concern, variables: CreateConcernVariables) => {
      removeSent(variables.authorId, variables.idempotencyKey)
      queryClient.setQueryData(concernKeys.detail(concern.id), concern)
      await Promise.all([
        // Shown at once, but stale: the chair may act on it before the councillor opens it.
        queryClient.invalidateQueries({
          queryKey: concernKeys.detail(concern.id),
          exact: true,
          refetchType: 'none',
        }),
        queryClient.invalidateQueries({ queryKey: concernKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: referenceKeys.riskThemes() }),
      ])
    },
    // Whatever stopped it, the answers go back on the author's shelf: nothing typed is lost.
    // An unknown outcome keeps the attempt unsettled, so its key is asked about again before any
    // changed answers are sent under a new one.
    onError: (error: unknown, variables: CreateConcernVariables) => {
      if (isSealed(variables.idempotencyKey)) return
      const now = new Date()
      const returned = returnedInfo(error, now)
      returnToShelf(variables.authorId, {
        answers: answersFrom(variables.request),
        savedAt: now.toISOString(),
        attempt: {
          key: variables.idempotencyKey,
          body: bodyOf(variables.request),
          ...(isUnknownOutcome(returned.reason) ? { unsettled: true } : {}),
        },
        returned,
      })
    },
  })
  // Saved from the moment it is queued until it is sent, even mid-request, and written at once.
  keepUntilSent(concernKeys.create())
  saveQueueWhenItChanges(queryClient)
  // Drafts are personal: when the shell clears everything (sign-out), they go too; but another
  // councillor's queued concern is not the signing-out user's to delete.
  onClearClientState(forgetAllDrafts)
  onSignOutKeep(keepOthersQueued)
}
