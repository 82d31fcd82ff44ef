import { queryOptions, useQuery } from '@tanstack/react-query'
// Direct module imports, not the api index: the navigation (first bundle) uses this, and the
// index would bring every zod schema with it.
import { apiRequest } from '../../../lib/api/client'
import { concernKeys } from '../../../lib/api/keys'
import type { ConcernQuery } from '../../../lib/api/schemas/concerns'
import type { Role } from '../../../lib/api/schemas/session'

const loadConcernPageSchema = () =>
  import('../../../lib/api/schemas/concerns').then((m) => m.concernPageSchema)

/** The smallest page of the councillor's concerns: its `unreadReplies` counts all of them. */
const ONE_ITEM: ConcernQuery = { page: 1, pageSize: 1 }

/**
 * How many of the chair's replies the councillor has not opened yet, over all their concerns.
 * Under the lists' key, so whatever refreshes the lists (a read receipt, a message sent, a
 * concern raised) refreshes the count too.
 */
export const unreadRepliesQuery = () =>
  queryOptions({
    queryKey: concernKeys.list(ONE_ITEM),
    queryFn: async ({ signal }) =>
      (
        await apiRequest(loadConcernPageSchema, '/concerns', {
          query: { page: ONE_ITEM.page, pageSize: ONE_ITEM.pageSize },
          signal,
        })
      ).data,
    select: (page) => page.unreadReplies,
    staleTime: 30 * 1000,
    // A reply the chair sends reaches a tablet left open on a page within a few minutes.
    refetchInterval: 3 * 60 * 1000,
    // The count in the navigation, offline too (decision 0016).
    meta: { persist: 'personal' },
  })

/** The councillor's unread replies; 0 for the chair, who has none, and while unknown. */
export function useUnreadReplies(role: Role): number {
  const query = useQuery({ ...unreadRepliesQuery(), enabled: role === 'councillor' })
  return role === 'councillor' ? (query.data ?? 0) : 0
}
