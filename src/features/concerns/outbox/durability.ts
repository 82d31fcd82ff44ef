import { hashKey, type QueryClient } from '@tanstack/react-query'
import { concernKeys } from '../../../lib/api/keys'
import { savePersistedClientNow, type SaveOutcome } from '../../../lib/query/persistence'
import type { CreateConcernVariables } from '../api/create-concern'
import { createChangeSignal } from './change-signal'

/*
 * Whether each queued concern is written to this device's storage. The queue is saved the moment
 * a concern is queued or pauses (synchronously, inside the mutation's own state change), so by the
 * time any page can say "saved on this device" the write has happened, or has failed. A failure
 * (storage full or blocked) is remembered here, in memory, and the pages say so instead.
 */

const unsaved = new Set<string>()
const signal = createChangeSignal()

function record(idempotencyKey: string, outcome: SaveOutcome): void {
  const before = unsaved.has(idempotencyKey)
  if (outcome === 'failed') unsaved.add(idempotencyKey)
  if (outcome === 'saved') unsaved.delete(idempotencyKey)
  if (before !== unsaved.has(idempotencyKey)) signal.changed()
}

/** The last attempt to write this queued concern to storage failed: it is in memory only. */
export const isUnsaved = (idempotencyKey: string): boolean => unsaved.has(idempotencyKey)

/** Re-renders the caller when a concern's saved state changes; read it with isUnsaved. */
export const useDurability = (): number => signal.useChanges()

const CREATE = hashKey(concernKeys.create())

/**
 * Saves the whole persisted state now, bypassing the persister's throttle, whenever a concern is
 * queued, starts sending or pauses for signal. Registered once per query client at start-up.
 */
export function saveQueueWhenItChanges(queryClient: QueryClient): () => void {
  return queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return
    const { mutation, action } = event
    const key = mutation.options.mutationKey
    if (key === undefined || hashKey(key) !== CREATE) return
    const variables = mutation.state.variables as CreateConcernVariables | undefined
    if (!variables) return
    if (action.type === 'pending' || action.type === 'pause' || action.type === 'continue') {
      record(variables.idempotencyKey, savePersistedClientNow(queryClient))
    } else if (action.type === 'success') {
      record(variables.idempotencyKey, 'saved')
    }
  })
}

/*
 * Concerns locked on the device at their author's sign-out. A request for one still on its way
 * when the queue is cleared must not hand it back to a readable draft: the locked copy counts.
 */
const sealed = new Set<string>()

export const markSealed = (idempotencyKey: string): void => void sealed.add(idempotencyKey)
export const isSealed = (idempotencyKey: string): boolean => sealed.has(idempotencyKey)
