import { useSyncExternalStore } from 'react'

/**
 * A counter React can watch, for state kept in module memory (outside React and the query cache):
 * `changed()` re-renders every component that called `useChanges()`, which then reads the state.
 */
export function createChangeSignal(): { changed: () => void; useChanges: () => number } {
  const listeners = new Set<() => void>()
  let version = 0
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const snapshot = () => version
  return {
    changed: () => {
      version += 1
      for (const listener of listeners) listener()
    },
    useChanges: () => useSyncExternalStore(subscribe, snapshot, snapshot),
  }
}
