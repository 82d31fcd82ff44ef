import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import { createQueryPersister, persistOptions, savePersistedClientNow } from '../lib/query'

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
  const restored = useRef(false)

  useEffect(() => {
    // The persister saves at most every 250 ms; closing the tab must not lose the last change.
    const saveNow = () => {
      if (restored.current) savePersistedClientNow(queryClient)
    }
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
        restored.current = true
        return queryClient.resumePausedMutations()
      }}
      onError={() => {
        restored.current = true
      }}
    >
      {children}
    </PersistQueryClientProvider>
  )
}
