import { createChangeSignal } from './change-signal'

/*
 * Which queued concerns a page is already telling the user about, and which outcomes the user has
 * seen. The banner stays quiet about those, so nothing is announced twice. In memory only: after a
 * reload every outcome is news again.
 */

const watched = new Map<string, number>()
const seen = new Set<string>()
const { changed, useChanges } = createChangeSignal()

/** A page shows this concern's progress itself while mounted. Returns the unwatch function. */
export function watchConcern(idempotencyKey: string): () => void {
  watched.set(idempotencyKey, (watched.get(idempotencyKey) ?? 0) + 1)
  changed()
  return () => {
    const count = (watched.get(idempotencyKey) ?? 1) - 1
    if (count <= 0) watched.delete(idempotencyKey)
    else watched.set(idempotencyKey, count)
    changed()
  }
}

/** The user has seen how this concern ended (sent or not); the banner need not say it again. */
export function markOutcomeSeen(idempotencyKey: string): void {
  if (seen.has(idempotencyKey)) return
  seen.add(idempotencyKey)
  changed()
}

export const isWatched = (idempotencyKey: string): boolean => watched.has(idempotencyKey)
export const isOutcomeSeen = (idempotencyKey: string): boolean => seen.has(idempotencyKey)

/** Re-renders the caller when the marks change; read them with isWatched / isOutcomeSeen. */
export const useQueueMarks = (): number => useChanges()
