import {
  apiRequest,
  CONCERN_LIMITS,
  concernPageSchema,
  type ConcernListItem,
} from '../../../lib/api'
import { toConcernQuery, type QueueView } from '../worklist/worklist-view'
import { requestQuery } from '../api/review-queries'

export interface ExportProgress {
  fetched: number
  total: number
}

/**
 * Every concern in the view (all pages, same filters and sort), asked for in the largest pages the
 * API allows, one after another so a large export does not flood the server. A concern that moves
 * between pages while this runs is listed once.
 */
export async function fetchWholeQueue(
  view: QueueView,
  {
    signal,
    onProgress,
  }: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void } = {},
): Promise<ConcernListItem[]> {
  const pageSize = CONCERN_LIMITS.pageSizeMax
  const seen = new Set<string>()
  const items: ConcernListItem[] = []
  for (let page = 1; ; page += 1) {
    const query = requestQuery(toConcernQuery({ ...view, page }, pageSize))
    const { data } = await apiRequest(concernPageSchema, '/concerns', { query, signal })
    for (const item of data.items) {
      if (seen.has(item.id)) continue
      seen.add(item.id)
      items.push(item)
    }
    onProgress?.({ fetched: items.length, total: data.total })
    if (page >= data.totalPages || data.items.length === 0) return items
  }
}
