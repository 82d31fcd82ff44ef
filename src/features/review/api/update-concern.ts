import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  apiRequest,
  concernSchema,
  etagOf,
  isApiError,
  reviewKeys,
  type Concern,
  type UpdateConcernRequest,
} from '../../../lib/api'

export interface UpdateConcernVariables {
  id: string
  /** The version the chair was looking at when they acted; sent as If-Match. */
  expectedVersion: number
  change: UpdateConcernRequest
  /**
   * Made when the chair acts, never in the mutation function, so every retry of this change
   * carries it: a change that was applied but whose answer was lost is then replayed by the
   * server, instead of meeting its own version bump as "someone else changed this concern".
   */
  idempotencyKey: string
}

export async function updateConcern({
  id,
  expectedVersion,
  change,
  idempotencyKey,
}: UpdateConcernVariables): Promise<Concern> {
  const response = await apiRequest(concernSchema, `/concerns/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
    headers: { 'If-Match': etagOf(expectedVersion), 'Idempotency-Key': idempotencyKey },
  })
  return response.data
}

/** The concern as the server holds it now, when a change was refused as stale (412). */
export function conflictingVersion(error: unknown): Concern | null {
  if (!isApiError(error) || error.status !== 412) return null
  const parsed = concernSchema.safeParse(error.problem?.current)
  return parsed.success ? parsed.data : null
}

export const isConflict = (error: unknown): boolean => isApiError(error) && error.status === 412

/**
 * A status move, reply or note. It never waits offline for signal (networkMode 'always'): a
 * change checked against a version must be decided while the chair is looking, so without a
 * connection it fails at once and the chair's text stays in the form.
 */
export function useUpdateConcern() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: reviewKeys.update(),
    mutationFn: updateConcern,
    networkMode: 'always',
    onSuccess: (concern) => {
      queryClient.setQueryData(reviewKeys.concern(concern.id), concern)
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.summaries() })
    },
    onError: (error, { id }) => {
      const current = conflictingVersion(error)
      if (current) queryClient.setQueryData(reviewKeys.concern(id), current)
    },
  })
}
