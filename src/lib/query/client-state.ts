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
}
