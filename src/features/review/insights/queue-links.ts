import type { ConcernStatus } from '../../../lib/api'
import { DEFAULT_VIEW, queueSearch } from '../worklist/worklist-view'

export interface QueueFilter {
  theme?: string
  division?: string
  status?: ConcernStatus
  /** Inclusive days, YYYY-MM-DD, or '' for no limit. */
  from: string
  to: string
}

/**
 * The queue filtered to exactly the concerns a bar or cell counts: every status unless the bar is
 * one status, newest first, so its count on the queue is the bar's count.
 */
export const queueLinkFor = (filter: QueueFilter): string =>
  `/review${queueSearch({
    ...DEFAULT_VIEW,
    statuses: filter.status ? [filter.status] : [],
    theme: filter.theme ?? '',
    division: filter.division ?? '',
    from: filter.from,
    to: filter.to,
    sort: 'newest',
  })}`

const lastDayOf = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10)
}

/** A month (YYYY-MM) within the page's range: the days it and the range share. */
export function monthRange(month: string, range: { from: string; to: string }) {
  const first = `${month}-01`
  const last = lastDayOf(month)
  return {
    from: range.from && range.from > first ? range.from : first,
    to: range.to && range.to < last ? range.to : last,
  }
}
