import type { QueryClient } from '@tanstack/react-query'
import { removePersistedClient } from './persistence'
import { sessionKeys } from '../api/keys'

type Cleaner = () => void

/**
 * Runs before everything is cleared at a user's sign-out and may return what puts back, after
 * the clear, things that are not that user's to delete (another councillor's queued concern).
 */
type Keeper = (queryClient: QueryClient, signingOutUserId: string) => (() => void) | undefined

const cleaners = new Set<Cleaner>()
const keepers = new Set<Keeper>()

/**
 * Lets a feature forget what it keeps on the device outside the query cache (e.g. drafts) when
 * all client state is cleared. Returns a function that unregisters it.
 */
export function onClearClientState(cleaner: Cleaner): () => void {
  cleaners.add(cleaner)
  return () => cleaners.delete(cleaner)
}

/** Lets a feature keep what belongs to someone other than the user signing out. */
export function onSignOutKeep(keeper: Keeper): () => void {
  keepers.add(keeper)
  return () => keepers.delete(keeper)
}

/**
 * Forgets everything this device holds for the user: every query and mutation in memory
 * (including mutations still waiting for signal), the saved cache, and what features registered.
 * For sign-out, in the tab that signed out and in every other (the user signing out is the one in
 * the session cache unless given; other users' queued work is put back by the keepers), and the
 * demo reset (null: everything goes, everyone's).
 */
export function clearAllClientState(
  queryClient: QueryClient,
  signingOutUserId?: string | null,
): void {
  const user =
    signingOutUserId === undefined
      ? queryClient.getQueryData<{ id: string } | null>(sessionKeys.current())?.id
      : signingOutUserId
  const putBack =
    typeof user === 'string' ? [...keepers].map((keeper) => keeper(queryClient, user)) : []
  queryClient.clear()
  removePersistedClient()
  for (const cleaner of cleaners) cleaner()
  forgetAppStorage()
  for (const restore of putBack) restore?.()
}

/** Every key the app writes starts with this. */
const APP_KEY_PREFIX = 'eyes-and-ears.'

/**
 * The demo's mock API keeps its "server" data under these: it is the back end, not the user's
 * copy, and outlives a sign-out as a real server's database would.
 */
const BACK_END_KEY_PREFIX = 'eyes-and-ears.mock-'

/**
 * Concerns a councillor chose to keep at sign-out, encrypted with a key only the server gives,
 * and only to them (src/features/concerns/outbox/sealing.ts): unreadable to anyone else, they
 * outlive sign-out until their author next signs in.
 */
export const SEALED_OUTBOX_KEY_PREFIX = 'eyes-and-ears.sealed-outbox.'

const KEPT_KEY_PREFIXES = [BACK_END_KEY_PREFIX, SEALED_OUTBOX_KEY_PREFIX]

/**
 * Whatever the app keeps in web storage that no feature registered to forget (a key added next
 * year, a draft written by a tab whose feature never loaded here): a shared tablet keeps nothing of
 * the user after sign-out.
 */
function forgetAppStorage(): void {
  for (const storage of webStorages()) {
    try {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index))
      for (const key of keys) {
        const kept = KEPT_KEY_PREFIXES.some((prefix) => key?.startsWith(prefix))
        if (key?.startsWith(APP_KEY_PREFIX) && !kept) {
          storage.removeItem(key)
        }
      }
    } catch {
      // Storage blocked: nothing was saved there either.
    }
  }
}

function webStorages(): Storage[] {
  if (typeof window === 'undefined') return []
  try {
    return [window.localStorage, window.sessionStorage]
  } catch {
    // A browser that refuses storage throws on access.
    return []
  }
}
