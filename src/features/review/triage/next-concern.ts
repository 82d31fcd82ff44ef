import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { queueQuery } from '../api/review-queries'
import {
  queueSearch,
  readQueueView,
  toConcernQuery,
  type QueueView,
} from '../worklist/worklist-view'

export type NextConcern =
  | { state: 'loading' }
  /** The concern is not in the list it was opened from (or it was opened from no list). */
  | { state: 'unknown' }
  | { state: 'last' }
  | { state: 'found'; href: string }

const hrefFor = (id: string, view: QueueView) =>
  `/review/${encodeURIComponent(id)}${queueSearch(view)}`

/**
 * The concern after this one in the queue's view the chair came from (its search is the concern
 * page's own), found from the list's page without going back to it; at the end of a page, the
 * first of the next. Where the concern stood is remembered from the first list seen: acting on it
 * may move it (waiting) or take it out of the view (a status tab), and the next is then the one
 * that came after it, not the one after its new place.
 */
export function useNextConcern(id: string, search: string): NextConcern {
  const view = readQueueView(new URLSearchParams(search))
  const page = useQuery(queueQuery(toConcernQuery(view)))
  const [place, setPlace] = useState<{ id: string; index: number } | null>(null)
  const items = page.data?.items
  const index = items && place?.id !== id ? items.findIndex((item) => item.id === id) : -1
  // Remembered once per concern, as the list first showed it (state derived during render).
  if (index >= 0) setPlace({ id, index })
  const known = place?.id === id ? place.index : null
  const rest = items?.filter((item) => item.id !== id)
  const next = known !== null && rest ? rest[known] : undefined
  const atEnd = known !== null && rest !== undefined && next === undefined
  const hasNextPage = atEnd && page.data !== undefined && page.data.page < page.data.totalPages
  const nextView = { ...view, page: view.page + 1 }
  const nextPage = useQuery({ ...queueQuery(toConcernQuery(nextView)), enabled: hasNextPage })
  const first = nextPage.data?.items.find((item) => item.id !== id)

  if (page.isPending) return { state: 'loading' }
  if (known === null) return { state: 'unknown' }
  if (next) return { state: 'found', href: hrefFor(next.id, view) }
  if (!hasNextPage) return { state: 'last' }
  if (nextPage.isPending) return { state: 'loading' }
  return first ? { state: 'found', href: hrefFor(first.id, nextView) } : { state: 'last' }
}
