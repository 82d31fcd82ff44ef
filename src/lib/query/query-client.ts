import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/api-error'
import { retryDelay, shouldRetry } from './retry'
import {
  isSessionKey,
  keepPersonalDataWithItsOwner,
  sessionKeys,
  startFromBrowserOnlineState,
} from './session'

export interface QueryClientOptions {
  /** Tests turn retries off so a failure shows at once; the app retries transient failures. */
  retry?: boolean
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The app's query client. A 401 from any call means the session is over: the session query is
 * set to null, and the signed-in route guard sends the user to sign-in (and back afterwards).
 */
export function createQueryClient({ retry = true }: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown, key: readonly unknown[] | undefined) => {
    if (!isApiError(error) || error.status !== 401) return
    if (key && isSessionKey(key)) return
    client.setQueryData(sessionKeys.current(), null)
  }

  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        onError(error, mutation.options.mutationKey),
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        staleTime: 60 * 1000,
        // Kept in memory as long as the persisted cache is meant to last, so it can be saved.
        gcTime: DAY,
      },
      mutations: {
        // Safe because every changing call carries an idempotency key or an expected version.
        retry: retry ? shouldRetry : false,
        retryDelay,
      },
    },
  })
  keepPersonalDataWithItsOwner(client)
  startFromBrowserOnlineState()
  return client
}
