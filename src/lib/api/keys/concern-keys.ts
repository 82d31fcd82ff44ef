import type { ConcernQuery } from '../schemas/concerns'

/**
 * A councillor's own concerns (the concerns feature). Personal: the queries are saved on the
 * device only as `meta.persist: 'personal'` (decision 0016), for that user and for a limited time.
 */
export const concernKeys = {
  all: ['concerns'] as const,
  lists: () => [...concernKeys.all, 'list'] as const,
  list: (query: ConcernQuery) => [...concernKeys.lists(), query] as const,
  details: () => [...concernKeys.all, 'detail'] as const,
  detail: (id: string) => [...concernKeys.details(), id] as const,
  /** Mutation key of raising a concern; its defaults are registered at start-up. */
  create: () => [...concernKeys.all, 'create'] as const,
  /** Mutation key of the author adding information to a concern (POST /concerns/:id/messages). */
  addMessage: () => [...concernKeys.all, 'add-message'] as const,
}
