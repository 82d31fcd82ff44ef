import type { ConcernQuery } from '../schemas/concerns'

export interface DateRange {
  from?: string | undefined
  to?: string | undefined
}

/**
 * The chair's review (the review feature). Everything sits under 'review', so a change the chair
 * makes can refresh the worklist and the insights in one call. None of it is persisted: concerns
 * are personal data and stay in memory only.
 */
export const reviewKeys = {
  all: ['review'] as const,
  queues: () => [...reviewKeys.all, 'queue'] as const,
  queue: (query: ConcernQuery) => [...reviewKeys.queues(), query] as const,
  concerns: () => [...reviewKeys.all, 'concern'] as const,
  concern: (id: string) => [...reviewKeys.concerns(), id] as const,
  summaries: () => [...reviewKeys.all, 'summary'] as const,
  summary: (range: DateRange) => [...reviewKeys.summaries(), range] as const,
  /** Mutation key of every change the chair makes to a concern. */
  update: () => [...reviewKeys.all, 'update'] as const,
  /** Mutation key of the chair removing text from a concern (POST /concerns/:id/redactions). */
  redact: () => [...reviewKeys.all, 'redact'] as const,
}
