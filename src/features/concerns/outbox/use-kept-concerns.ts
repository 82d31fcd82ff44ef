import { useEffect } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { outboxKeyQuery } from './outbox-key'

/**
 * While a councillor is signed in: fetches their outbox key once there is signal (held in memory,
 * for locking concerns at sign-out), and with it puts back in the queue the concerns they kept
 * locked on this device at an earlier sign-out. Anyone else's locked concerns stay as they are.
 */
export function useKeptConcerns(userId: string): void {
  const queryClient = useQueryClient()
  const { data: key } = useQuery(outboxKeyQuery(userId))
  useEffect(() => {
    if (!key) return
    void import('./sealing').then((sealing) =>
      sealing.hasSealed() ? sealing.unsealKept(queryClient, userId, key) : 0,
    )
  }, [key, userId, queryClient])
}
