import { useSyncExternalStore } from 'react'

/** Where the queue becomes a table: a tablet held sideways (1024 px) or wider. */
export const TABLE_FROM = '(min-width: 1024px)'

const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(TABLE_FROM) : null)

const subscribe = (onChange: () => void) => {
  const query = media()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/**
 * Whether the screen is wide enough for the queue's table, following a tablet as it turns.
 * Without matchMedia (an old browser) the list, which fits any width.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  )
}
