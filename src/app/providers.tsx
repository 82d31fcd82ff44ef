import { useEffect, useRef, useState, type ReactNode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { persistQueryClientSubscribe } from '@tanstack/react-query-persist-client'
import {
  createQueryPersister,
  persistOptions,
  restoreSavedQueries,
  savePersistedClientNow,
} from '../lib/query'

interface AppProvidersProps {
  /** Restored already (restoreSavedQueries), so the first render draws what was saved. */
  queryClient: QueryClient
  children: ReactNode
}

/**
 * Server state, saved on the device: once mounted, every change to the cache is saved, and any
 * mutation that was waiting for signal is resumed by the defaults its feature registered.
 */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const [persister] = useState(createQueryPersister)
  const resumed = useRef<QueryClient>(undefined)

  useEffect(() => {
    // Restored before the first render by whoever made the client; this only covers a caller
    // that did not, so nothing saved is overwritten unread.
    restoreSavedQueries(queryClient)
    if (resumed.current !== queryClient) {
      resumed.current = queryClient
      // What was restored (e.g. queued mutations salvaged from an older build) is saved as is
      // now, and anything queued since is saved with it.
      savePersistedClientNow(queryClient)
      void queryClient.resumePausedMutations()
    }
    return persistQueryClientSubscribe({ queryClient, ...persistOptions(persister) })
  }, [queryClient, persister])

  useEffect(() => {
    // The persister saves at most every 250 ms; closing the tab must not lose the last change.
    const saveNow = () => void savePersistedClientNow(queryClient)
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveNow()
    }
    window.addEventListener('pagehide', saveNow)
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      window.removeEventListener('pagehide', saveNow)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [queryClient])

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
