import { http, HttpResponse } from 'msw'
import {
  createConcernRequestSchema,
  type Concern,
  type ConcernPage,
} from '../../src/lib/api/schemas'
import {
  canSee,
  concernFor,
  listItemFor,
  newConcernRecord,
} from '../../src/lib/backend/concern-records'
import { checkReferences } from '../../src/lib/backend/concern-rules'
import { countFlags, emptyFlagCounts, hasFlag } from '../../src/lib/backend/flags'
import { personalDataOf } from '../../src/lib/backend/personal-data'
import { actorOf } from '../../src/lib/backend/seed/personas'
import type { StoredConcern } from '../store'
import { emptyStatusCounts, matchesFilters, parseListQuery, SORTERS } from './concern-query'
import { API, requireRole, requireUser, route, validate, type GetStore } from './context'
import {
  idempotencyKeyOf,
  rememberedCreated,
  replayIfSeen,
  type IdempotentRequest,
} from './idempotency'

/** GET /concerns (paged, filtered, sorted) and POST /concerns (councillors raise a concern). */
export const concernCollectionHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/concerns`,
    route(getStore, ({ store, url }) => {
      const user = requireUser(store)
      const query = parseListQuery(url.searchParams)
      const statusCounts = emptyStatusCounts()
      const flagCounts = emptyFlagCounts()
      const matching: StoredConcern[] = []
      // One pass: a councillor's list is only ever their own, whatever the filters say. The
      // status counts ignore the status filter, the flag counts the flag filter.
      for (const concern of store.data.concerns) {
        if (!canSee(user, concern) || !matchesFilters(concern, query)) continue
        const statusMatches = query.statuses.length === 0 || query.statuses.includes(concern.status)
        const flagMatches = query.flag === undefined || hasFlag(concern, query.flag)
        if (flagMatches) statusCounts[concern.status] += 1
        if (statusMatches) countFlags(flagCounts, concern)
        if (statusMatches && flagMatches) matching.push(concern)
      }
      matching.sort(SORTERS[query.sort])
      // Over every concern the filters match, not only this page: the navigation's count.
      const unreadReplies = matching.reduce(
        (sum, concern) =>
          sum + listItemFor(user, concern, store.data.repliesRead[concern.id] ?? 0).unreadReplies,
        0,
      )
      const start = (query.page - 1) * query.pageSize
      const items = matching
        .slice(start, start + query.pageSize)
        .map((concern) => listItemFor(user, concern, store.data.repliesRead[concern.id] ?? 0))
      return HttpResponse.json<ConcernPage>({
        items,
        page: query.page,
        pageSize: query.pageSize,
        total: matching.length,
        totalPages: Math.ceil(matching.length / query.pageSize),
        statusCounts,
        flagCounts,
        unreadReplies,
      })
    }),
  ),

  http.post(
    `${API}/concerns`,
    route(getStore, ({ request, url, store, json }) => {
      const user = requireRole(requireUser(store), 'councillor')
      const key = idempotencyKeyOf(request.headers)
      const body = json()
      const seen: IdempotentRequest = { method: 'POST', path: '/concerns', body }
      const replay = replayIfSeen(store, user.id, key, seen)
      if (replay) return replay

      const input = validate(createConcernRequestSchema, body)
      checkReferences(input)
      const personalData = personalDataOf(input)
      const at = store.now()
      const concern = newConcernRecord({
        id: store.newId(),
        reference: store.nextReference(at),
        request: input,
        author: actorOf(user),
        at,
        eventId: store.newId(),
        sample: false,
        personalData,
      })
      store.data.concerns.push(concern)

      const responseBody: Concern = concernFor(user, concern, 0)
      return rememberedCreated(store, {
        userId: user.id,
        key,
        request: seen,
        concern,
        location: `${url.origin}${url.pathname.replace(/\/$/, '')}/${concern.id}`,
        body: responseBody,
      })
    }),
  ),
]
