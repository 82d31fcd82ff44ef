import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import {
  apiRequest,
  concernPageSchema,
  concernSchema,
  concernStatsSchema,
  type ConcernQuery,
} from '../../../lib/api'

export interface DateRange {
  from?: string | undefined
  to?: string | undefined
}

/**
 * The review feature's one key factory. Everything sits under 'review', so a change the chair
 * makes can refresh the queue and the insights in one call. None of it is persisted: concerns
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
}

export const requestQuery = (query: ConcernQuery) => ({
  page: query.page,
  pageSize: query.pageSize,
  status: query.status,
  theme: query.theme,
  division: query.division,
  q: query.q,
  from: query.from,
  to: query.to,
  sort: query.sort,
})

/** One page of the queue; the previous page stays on screen while the next one loads. */
export const queueQuery = (query: ConcernQuery) =>
  queryOptions({
    queryKey: reviewKeys.queue(query),
    queryFn: async ({ signal }) =>
      (await apiRequest(concernPageSchema, '/concerns', { query: requestQuery(query), signal }))
        .data,
    placeholderData: keepPreviousData,
    staleTime: 30 * 1000,
  })

/**
 * One concern as the chair sees it (notes included). Not refetched behind the chair's back while
 * they work on it: what is on screen is the version their change is checked against, and a change
 * someone else made meanwhile shows as a conflict rather than shifting the page under them.
 */
export const reviewConcernQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.concern(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(concernSchema, `/concerns/${encodeURIComponent(id)}`, { signal })).data,
    staleTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })

export const summaryQuery = (range: DateRange) =>
  queryOptions({
    queryKey: reviewKeys.summary(range),
    queryFn: async ({ signal }) =>
      (
        await apiRequest(concernStatsSchema, '/concerns/summary', {
          query: { from: range.from, to: range.to },
          signal,
        })
      ).data,
    placeholderData: keepPreviousData,
    staleTime: 60 * 1000,
  })
