import { dehydrate, hashKey, hydrate, type QueryClient } from '@tanstack/react-query'
import { concernKeys } from '../../../lib/api/keys'
import { savePersistedClientNow } from '../../../lib/query/persistence'
import type { CreateConcernVariables } from '../api/create-concern'
import { DRAFT_KEY_PREFIX, readShelf, writeShelf, type Draft } from '../drafts'

const CREATE = hashKey(concernKeys.create())

/**
 * At one councillor's sign-out, another's concerns still waiting on this tablet (their session
 * ended without a sign-out) are not the signing-out user's to delete: they stay queued for their
 * author, and so do those already handed back to the author's shelf because someone else was
 * signed in when they were due to go. Everything else of every user is cleared as before.
 */
export function keepOthersQueued(
  queryClient: QueryClient,
  signingOutUserId: string,
): (() => void) | undefined {
  const others = dehydrate(queryClient, {
    shouldDehydrateQuery: () => false,
    shouldDehydrateMutation: (mutation) => {
      const key = mutation.options.mutationKey
      const variables = mutation.state.variables as CreateConcernVariables | undefined
      return (
        key !== undefined &&
        hashKey(key) === CREATE &&
        mutation.state.status === 'pending' &&
        variables !== undefined &&
        variables.authorId !== signingOutUserId
      )
    },
  })
  const shelves = othersReturnedShelves(signingOutUserId)
  if (others.mutations.length === 0 && shelves.length === 0) return undefined
  return () => {
    hydrate(queryClient, {
      queries: [],
      mutations: others.mutations.map((m) => ({ ...m, state: { ...m.state, isPaused: true } })),
    })
    savePersistedClientNow(queryClient)
    for (const [userId, parked] of shelves) writeShelf(userId, { draft: null, parked })
  }
}

/** Other users' concerns that came back only because their author was not the one signed in. */
function othersReturnedShelves(signingOutUserId: string): Array<[string, Draft[]]> {
  const found: Array<[string, Draft[]]> = []
  for (const userId of shelfOwners()) {
    if (userId === signingOutUserId) continue
    const { draft, parked } = readShelf(userId)
    const waiting = [draft, ...parked].filter(
      (d): d is Draft =>
        d?.returned?.reason === 'other-user' || d?.returned?.reason === 'signed-out',
    )
    if (waiting.length > 0) found.push([userId, waiting])
  }
  return found
}

function shelfOwners(): string[] {
  try {
    const store = window.localStorage
    return Array.from({ length: store.length }, (_, index) => store.key(index))
      .filter((key): key is string => key?.startsWith(DRAFT_KEY_PREFIX) === true)
      .map((key) => decodeURIComponent(key.slice(DRAFT_KEY_PREFIX.length)))
  } catch {
    return []
  }
}
