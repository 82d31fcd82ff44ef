import {
  CONCERN_LIMITS,
  SORTS,
  STATUSES,
  type ConcernQuery,
  type ConcernSort,
  type ConcernStatus,
} from '../../../lib/api'

/**
 * What the queue shows, read from and written to the URL's search params, so a link or the back
 * button brings the same view back. Only values that differ from the defaults appear in the URL.
 */
export interface QueueView {
  statuses: ConcernStatus[]
  theme: string
  division: string
  q: string
  /** Inclusive days, YYYY-MM-DD, or '' for no limit. */
  from: string
  to: string
  sort: ConcernSort
  page: number
}

export const QUEUE_PAGE_SIZE = 20

export const DEFAULT_VIEW: QueueView = {
  statuses: [],
  theme: '',
  division: '',
  q: '',
  from: '',
  to: '',
  sort: 'newest',
  page: 1,
}

const isStatus = (value: string): value is ConcernStatus =>
  (STATUSES as readonly string[]).includes(value)
const isSort = (value: string): value is ConcernSort => (SORTS as readonly string[]).includes(value)
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Reads a view from search params; anything malformed falls back to its default. */
export function readQueueView(params: URLSearchParams): QueueView {
  const statuses = [...new Set(params.getAll('status').filter(isStatus))]
  // Kept in the order of the workflow, so the same filter is always the same URL and cache key.
  statuses.sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b))
  const sort = params.get('sort') ?? ''
  const page = Number(params.get('page') ?? '1')
  const date = (name: string) => {
    const value = params.get(name) ?? ''
    return isCalendarDate(value) ? value : ''
  }
  return {
    statuses,
    theme: params.get('theme')?.trim() ?? '',
    division: params.get('division')?.trim() ?? '',
    q: (params.get('q') ?? '').trim().slice(0, CONCERN_LIMITS.textQueryMax),
    from: date('from'),
    to: date('to'),
    sort: isSort(sort) ? sort : DEFAULT_VIEW.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  }
}

/** The search params for a view, defaults left out. */
export function queueSearchParams(view: QueueView): URLSearchParams {
  const params = new URLSearchParams()
  for (const status of view.statuses) params.append('status', status)
  for (const name of ['theme', 'division', 'q', 'from', 'to'] as const) {
    if (view[name] !== '') params.set(name, view[name])
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort)
  if (view.page !== 1) params.set('page', String(view.page))
  return params
}

/** `?…` for a link to the view, or '' for the default view. */
export function queueSearch(view: QueueView): string {
  const search = queueSearchParams(view).toString()
  return search ? `?${search}` : ''
}

/** GET /concerns parameters for the view (one page of it, unless page/pageSize are overridden). */
export function toConcernQuery(view: QueueView, pageSize = QUEUE_PAGE_SIZE): ConcernQuery {
  const optional = (value: string) => (value === '' ? undefined : value)
  return {
    page: view.page,
    pageSize,
    status: view.statuses.length > 0 ? view.statuses : undefined,
    theme: optional(view.theme),
    division: optional(view.division),
    q: optional(view.q),
    from: optional(view.from),
    to: optional(view.to),
    sort: view.sort,
  }
}

/** Whether anything narrows the list (the status tabs aside). */
export const hasFilters = (view: QueueView): boolean =>
  view.theme !== '' || view.division !== '' || view.q !== '' || view.from !== '' || view.to !== ''

export const sameStatuses = (a: readonly ConcernStatus[], b: readonly ConcernStatus[]): boolean =>
  a.length === b.length && a.every((status) => b.includes(status))
