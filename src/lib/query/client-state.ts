import type { QueryClient } from '@tanstack/react-query'
import { removePersistedClient } from './persistence'

type Cleaner = () => void

const cleaners = new Set<Cleaner>()

/**
 * Lets a feature forget what it keeps on the device outside the query cache (e.g. drafts) when
 * all client state is cleared. Returns a function that unregisters it.
 */
export function onClearClientState(cleaner: Cleaner): () => void {
  cleaners.add(cleaner)
  return () => cleaners.delete(cleaner)
}

/**
 * Forgets everything this device holds for the user: every query and mutation in memory
 * (including mutations still waiting for signal), the saved cache, and what features registered.
 * For sign-out and the demo reset.
 */
export function clearAllClientState(queryClient: QueryClient): void {
  queryClient.clear()
  removePersistedClient()
  for (const cleaner of cleaners) cleaner()
  forgetAppStorage()
}

/** Every key the app writes starts with this. */
const APP_KEY_PREFIX = 'eyes-and-ears.'

/**
 * The demo's mock API keeps its "server" data under these: it is the back end, not the user's
 * copy, and outlives a sign-out as a real server's database would.
 */
const BACK_END_KEY_PREFIX = 'eyes-and-ears.mock-'

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
        if (key?.startsWith(APP_KEY_PREFIX) && !key.startsWith(BACK_END_KEY_PREFIX)) {
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
