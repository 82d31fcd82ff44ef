import { useEffect, useState, type ReactNode } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import {
  createQueryPersister,
  markRestored,
  persistOptions,
  savePersistedClientNow,
} from '../lib/query'

interface AppProvidersProps {
  queryClient: QueryClient
  children: ReactNode
}

/**
 * Server state, saved on the device: the cache is restored first (no query runs until then), then
 * any mutation that was waiting for signal is resumed by the defaults its feature registered.
 */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const [persister] = useState(createQueryPersister)

  useEffect(() => {
    // The persister saves at most every 250 ms; closing the tab must not lose the last change.
    // (Before the saved state is restored this writes nothing, so it cannot overwrite it.)
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

  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={persistOptions(persister)}
      onSuccess={() => {
        markRestored(queryClient)
        // What was restored (e.g. queued mutations salvaged from an older build) is saved as is
        // now, and anything queued while restoring is saved with it.
        savePersistedClientNow(queryClient)
        return queryClient.resumePausedMutations()
      }}
      onError={() => markRestored(queryClient)}
    >
      {children}
    </PersistQueryClientProvider>
  )
}
