import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  apiRequest,
  concernSchema,
  etagOf,
  reviewKeys,
  type Concern,
  type RedactionRequest,
} from '../../../lib/api'
import { conflictingVersion } from './update-concern'

export interface RedactVariables {
  id: string
  /** The version the chair was looking at when they confirmed; sent as If-Match. */
  expectedVersion: number
  /** One range each, in the order they must go (see requestsFor). */
  requests: readonly RedactionRequest[]
}

/** Some of a plan's ranges were removed before one failed: the concern as it is after them. */
export class PartlyRedactedError extends Error {
  constructor(
    readonly concern: Concern,
    readonly removed: number,
    override readonly cause: unknown,
  ) {
    super('Only part of the text was removed')
    this.name = 'PartlyRedactedError'
  }
}

/** POST /concerns/:id/redactions, once per range, each against the version the last one made. */
export async function redactConcern({
  id,
  expectedVersion,
  requests,
}: RedactVariables): Promise<Concern> {
  let version = expectedVersion
  let latest: Concern | null = null
  for (const [index, request] of requests.entries()) {
    try {
      const response = await apiRequest(
        concernSchema,
        `/concerns/${encodeURIComponent(id)}/redactions`,
        { method: 'POST', body: request, headers: { 'If-Match': etagOf(version) } },
      )
      latest = response.data
      version = latest.version
    } catch (error) {
      if (index === 0 || !latest) throw error
      throw new PartlyRedactedError(latest, index, error)
    }
  }
  if (!latest) throw new Error('Nothing to remove')
  return latest
}

/**
 * Removes text for good. Never waits offline (networkMode 'always'): it is checked against the
 * version on screen, so it is decided while the chair is looking, and never retried by itself
 * (with no Idempotency-Key, a retry after a lost answer would meet its own change as a conflict).
 */
export function useRedactConcern() {
  const queryClient = useQueryClient()
  const refresh = (concern: Concern) => {
    queryClient.setQueryData(reviewKeys.concern(concern.id), concern)
    void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() })
  }
  return useMutation({
    mutationKey: reviewKeys.redact(),
    mutationFn: redactConcern,
    networkMode: 'always',
    retry: false,
    onSuccess: refresh,
    onError: (error, { id }) => {
      if (error instanceof PartlyRedactedError) refresh(error.concern)
      const current = conflictingVersion(error)
      if (current) queryClient.setQueryData(reviewKeys.concern(id), current)
    },
  })
}
