import { queryOptions } from '@tanstack/react-query'

/*
 * The signed-in councillor's outbox key (GET /session/outbox-key), as a non-extractable AES-GCM
 * CryptoKey in the query cache: memory only (never saved: the query is not marked to persist,
 * and a CryptoKey has nothing to serialise), gone with the cache at sign-out. Fetched while there
 * is signal, so that a councillor who later signs out with concerns waiting can lock them.
 */
export const outboxKeyQuery = (userId: string) =>
  queryOptions({
    queryKey: ['outbox-key', userId] as const,
    queryFn: () => import('./sealing').then((m) => m.fetchOutboxKey()),
    staleTime: Infinity,
    gcTime: Infinity,
  })
