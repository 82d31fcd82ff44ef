import type { QueryKey } from '@tanstack/react-query'

/** Who is signed in, and the demo personas on the sign-in page. */
export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  personas: () => [...sessionKeys.all, 'personas'] as const,
}

/** True for every key under 'session' (the query client drops them all when a call answers 401). */
export const isSessionKey = (key: QueryKey): boolean => key[0] === sessionKeys.all[0]
