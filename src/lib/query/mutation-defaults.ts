import type { QueryClient } from '@tanstack/react-query'

/**
 * A feature's start-up hook that calls `queryClient.setMutationDefaults(key, { mutationFn, … })`.
 * A mutation paused offline is saved without its function; after a reload only the defaults
 * registered under its key can run it again.
 */
export type MutationDefaultsRegistration = (queryClient: QueryClient) => void

export function registerMutationDefaults(
  queryClient: QueryClient,
  registrations: readonly MutationDefaultsRegistration[],
): void {
  for (const register of registrations) register(queryClient)
}
