import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import {
  apiRequest,
  concernPageSchema,
  concernSchema,
  concernStatsSchema,
  FLAGS,
  reviewKeys,
  type ConcernFlag,
  type ConcernQuery,
  type DateRange,
} from '../../../lib/api'

// The review feature's keys (all under 'review') are in src/lib/api/keys with the others.

/** The list's flag filters (decision 0015): what waits on the chair, or needs their care. */
export const QUEUE_FLAGS = FLAGS
export type QueueFlag = ConcernFlag
export type QueueQuery = ConcernQuery

export const requestQuery = (query: QueueQuery) => ({
  page: query.page,
  pageSize: query.pageSize,
  status: query.status,
  theme: query.theme,
  division: query.division,
  q: query.q,
  from: query.from,
  to: query.to,
  flag: query.flag,
  sort: query.sort,
})

/** One page of the queue; the previous page stays on screen while the next one loads. */
export const queueQuery = (query: QueueQuery) =>
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
