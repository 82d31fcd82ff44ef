import type { QueryClient } from '@tanstack/react-query'
import { createQueryClient, registerMutationDefaults, type QueryClientOptions } from '../lib/query'
import { MUTATION_DEFAULTS } from './mutation-defaults'

/** The query client with every feature's mutation defaults in place. */
export function createAppQueryClient(options: QueryClientOptions = {}): QueryClient {
  const queryClient = createQueryClient(options)
  registerMutationDefaults(queryClient, MUTATION_DEFAULTS)
  return queryClient
}
