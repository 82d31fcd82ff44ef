import { useMutationState } from '@tanstack/react-query'
import type { Concern } from '../../../lib/api/schemas/concerns'
import { concernKeys } from '../../../lib/api/keys'
import type { CreateConcernVariables } from '../api/create-concern'

export interface QueuedConcern {
  mutationId: number
  status: 'idle' | 'pending' | 'success' | 'error'
  /** Waiting for signal (or for the app to be in the foreground) before the next try. */
  isPaused: boolean
  variables: CreateConcernVariables
  concern: Concern | undefined
  error: Error | null
}

/**
 * Every concern this user has sent or queued from this device since the app opened. A concern
 * sent again under the same key (after a failure) appears once, as its latest attempt.
 */
export function useOutbox(userId: string | undefined): QueuedConcern[] {
  const all = useMutationState({
    filters: { mutationKey: concernKeys.create() },
    select: (mutation) => ({
      mutationId: mutation.mutationId,
      status: mutation.state.status,
      isPaused: mutation.state.isPaused,
      variables: mutation.state.variables as CreateConcernVariables | undefined,
      concern: mutation.state.data as Concern | undefined,
      error: mutation.state.error,
    }),
  })
  const latest = new Map<string, QueuedConcern>()
  for (const { variables, ...rest } of all) {
    if (variables === undefined || variables.authorId !== userId) continue
    const earlier = latest.get(variables.idempotencyKey)
    if (!earlier || earlier.mutationId < rest.mutationId) {
      latest.set(variables.idempotencyKey, { ...rest, variables })
    }
  }
  return [...latest.values()]
}

/** Concerns still to be sent: waiting for signal, or being sent now. */
export const pendingOf = (queue: readonly QueuedConcern[]): QueuedConcern[] =>
  queue.filter((item) => item.status === 'pending')
