import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import {
  apiRequest,
  apiSend,
  concernKeys,
  concernPageSchema,
  concernSchema,
  type ConcernQuery,
} from '../../../lib/api'

/** The councillor's own concerns, one page at a time (the server only ever returns theirs). */
export const myConcernsQuery = (query: ConcernQuery) =>
  queryOptions({
    queryKey: concernKeys.list(query),
    queryFn: async ({ signal }) =>
      (
        await apiRequest(concernPageSchema, '/concerns', {
          query: {
            page: query.page,
            pageSize: query.pageSize,
            status: query.status,
            sort: query.sort,
          },
          signal,
        })
      ).data,
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
    // Kept on the device for reading offline, and only for this user (decision 0016).
    meta: { persist: 'personal' },
  })

/** One of the councillor's concerns, with its timeline and the chair's replies. */
export const concernQuery = (id: string) =>
  queryOptions({
    queryKey: concernKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(concernSchema, `/concerns/${encodeURIComponent(id)}`, { signal })).data,
    staleTime: 30 * 1000,
    meta: { persist: 'personal' },
  })

/** Tells the server the author has now seen the chair's replies (a read receipt). */
export const markRepliesRead = (id: string): Promise<void> =>
  apiSend(`/concerns/${encodeURIComponent(id)}/read`, { method: 'POST' })
