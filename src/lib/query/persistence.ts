import { dehydrate, hashKey, hydrate, type Mutation, type QueryClient } from '@tanstack/react-query'
import type { DehydratedState, MutationKey } from '@tanstack/react-query'
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister'
import type {
  PersistedClient,
  PersistedQueryClientSaveOptions,
  Persister,
} from '@tanstack/react-query-persist-client'
import { dehydrateOptions } from './dehydrate-options'

/** Where the query cache is saved on the device. */
export const QUERY_CACHE_STORAGE_KEY = 'eyes-and-ears.query-cache'

/**
 * Change this whenever an API schema changes shape: saved queries of an older build are then
 * dropped instead of being read back into code that no longer matches it. Queued mutations are
 * not dropped (see restoreSalvaging): their variables are a stable shape of their own, and
 * changing one (e.g. CreateConcernVariables) needs a migration of saved mutations here.
 */
export const CACHE_BUSTER = 'schema-1'

/** Saved queries older than this are dropped at start; queued mutations never are. */
export const PERSIST_MAX_AGE = 30 * 24 * 60 * 60 * 1000

const storage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.localStorage

/*
 * Mutations that must survive until they are sent, even mid-flight: a tab closed while the
 * request is on its way must not lose it (the idempotency key makes sending it again safe).
 */
const keptUntilSent = new Set<string>()

export function keepUntilSent(mutationKey: MutationKey): void {
  keptUntilSent.add(hashKey(mutationKey))
}

const isKeptUntilSent = (mutation: Mutation): boolean =>
  mutation.state.status === 'pending' &&
  mutation.options.mutationKey !== undefined &&
  keptUntilSent.has(hashKey(mutation.options.mutationKey))

/** What is saved: the shared rules, plus every unsent mutation kept until sent. */
export const persistedDehydrateOptions = {
  ...dehydrateOptions,
  shouldDehydrateMutation: (mutation: Mutation) =>
    dehydrateOptions.shouldDehydrateMutation(mutation) || isKeptUntilSent(mutation),
}

/**
 * TanStack drops the whole saved state when it is older than maxAge or saved under another
 * buster, queued mutations with it. This keeps them: old or busted queries go, every saved
 * mutation stays. A mutation saved while its request was in flight comes back paused, so the app
 * sends it again (under the same idempotency key) when it resumes paused mutations.
 */
export function restoreSalvaging(saved: unknown, now = Date.now()): PersistedClient | undefined {
  if (!isRecord(saved) || !isRecord(saved.clientState)) return undefined
  const { queries, mutations } = saved.clientState
  const timestamp = typeof saved.timestamp === 'number' ? saved.timestamp : 0
  const fresh = saved.buster === CACHE_BUSTER && now - timestamp <= PERSIST_MAX_AGE
  const kept: DehydratedState['mutations'] = Array.isArray(mutations)
    ? mutations
        .filter((mutation) => isRecord(mutation) && isRecord(mutation.state))
        .map((mutation: DehydratedState['mutations'][number]) =>
          mutation.state.status === 'pending'
            ? { ...mutation, state: { ...mutation.state, isPaused: true } }
            : mutation,
        )
    : []
  return {
    buster: CACHE_BUSTER,
    timestamp: fresh ? timestamp : now,
    clientState: {
      queries: fresh && Array.isArray(queries) ? (queries as DehydratedState['queries']) : [],
      mutations: kept,
    },
  }
}

/** The saved cache, salvaged (restoreSalvaging); nothing when there is none or it is unreadable. */
function readSavedClient(): PersistedClient | undefined {
  try {
    const text = storage()?.getItem(QUERY_CACHE_STORAGE_KEY)
    return text ? restoreSalvaging(JSON.parse(text)) : undefined
  } catch {
    // Unreadable (or storage blocked): nothing to salvage; the next save replaces it.
    return undefined
  }
}

/** Saves the cache (throttled) whenever it changes, once AppProviders subscribes it. */
export function createQueryPersister(): Persister {
  // Only its saving is used: the saved cache is read back by restoreSavedQueries.
  return createSyncStoragePersister({
    storage: storage(),
    key: QUERY_CACHE_STORAGE_KEY,
    throttleTime: 250,
  })
}

/** How the cache is saved: with this build's buster, under the app's dehydrate rules. */
export function persistOptions(
  persister: Persister,
): Omit<PersistedQueryClientSaveOptions, 'queryClient'> {
  return { persister, buster: CACHE_BUSTER, dehydrateOptions: persistedDehydrateOptions }
}

/*
 * Clients whose saved state has been read back. Saving before that would overwrite what is
 * waiting to be restored.
 */
const restoredClients = new WeakSet<QueryClient>()

/**
 * Reads the saved cache back into the client, once, and at once: the app does it just before its
 * first render (src/main.tsx), so the first render already draws what was saved. Restored after
 * that render instead (TanStack's PersistQueryClientProvider), every page was drawn twice on
 * opening, the second time with its queries subscribing at once and drawn again synchronously.
 * What the client already holds that is newer (the session asked for at start) is kept.
 */
export function restoreSavedQueries(queryClient: QueryClient): void {
  if (restoredClients.has(queryClient)) return
  const saved = readSavedClient()
  try {
    if (saved) hydrate(queryClient, saved.clientState)
  } catch {
    // A saved state this build cannot read: dropped, as TanStack's own restore drops it.
    removePersistedClient()
  }
  restoredClients.add(queryClient)
}

/** 'not-yet': the saved state is still to be restored, so nothing was written. */
export type SaveOutcome = 'saved' | 'failed' | 'not-yet'

/**
 * Saves the cache now, bypassing the persister's throttle: when a mutation is queued (before the
 * app says it is saved) and when the page is hidden or closed. 'failed' means storage is full or
 * blocked: what was queued is in memory only.
 */
export function savePersistedClientNow(queryClient: QueryClient): SaveOutcome {
  if (!restoredClients.has(queryClient)) return 'not-yet'
  try {
    const target = storage()
    if (!target) return 'failed'
    target.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({
        buster: CACHE_BUSTER,
        timestamp: Date.now(),
        clientState: dehydrate(queryClient, persistedDehydrateOptions),
      }),
    )
    return 'saved'
  } catch {
    return 'failed'
  }
}

export function removePersistedClient(): void {
  try {
    storage()?.removeItem(QUERY_CACHE_STORAGE_KEY)
  } catch {
    // Nothing to remove if storage is blocked.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
