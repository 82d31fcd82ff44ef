import {
  CONCERN_LIMITS,
  SORTS,
  STATUSES,
  type ConcernSort,
  type ConcernStatus,
} from '../../../lib/api'
import { OPEN_STATUSES } from '../labels'
import { QUEUE_FLAGS, type QueueFlag, type QueueQuery } from '../api/review-queries'

export { QUEUE_FLAGS, type QueueFlag }

/**
 * What the queue shows, read from and written to the URL's search params, so a link or the back
 * button brings the same view back. Only values that differ from the defaults appear in the URL.
 *
 * With no status in the address the chair sees the open concerns (the work), longest waiting
 * first; every status is `status=all`.
 */
export interface QueueView {
  /** Empty: every status. */
  statuses: ConcernStatus[]
  theme: string
  division: string
  q: string
  /** Inclusive days, YYYY-MM-DD, or '' for no limit. */
  from: string
  to: string
  /** One flag filter, or '' for none. */
  flag: QueueFlag | ''
  sort: ConcernSort
  page: number
  pageSize: number
}

export const QUEUE_PAGE_SIZE = 20
/** The page sizes the chair may choose (the API allows up to 100). */
export const PAGE_SIZES = [20, 50, 100] as const

/** The chair's home: the open concerns, longest waiting first. */
export const DEFAULT_VIEW: QueueView = {
  statuses: [...OPEN_STATUSES],
  theme: '',
  division: '',
  q: '',
  from: '',
  to: '',
  flag: '',
  sort: 'waiting',
  page: 1,
  pageSize: QUEUE_PAGE_SIZE,
}

/** `status=all`: every status (no status at all in the address means the open ones). */
export const ALL_STATUSES = 'all'

const isStatus = (value: string): value is ConcernStatus =>
  (STATUSES as readonly string[]).includes(value)
const isSort = (value: string): value is ConcernSort => (SORTS as readonly string[]).includes(value)
const isFlag = (value: string): value is QueueFlag =>
  (QUEUE_FLAGS as readonly string[]).includes(value)
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Reads a view from search params; anything malformed falls back to its default. */
export function readQueueView(params: URLSearchParams): QueueView {
  const given = params.getAll('status')
  const statuses =
    given.length === 0
      ? [...DEFAULT_VIEW.statuses]
      : given.includes(ALL_STATUSES)
        ? []
        : [...new Set(given.filter(isStatus))]
  // Kept in the order of the workflow, so the same filter is always the same URL and cache key.
  statuses.sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b))
  const sort = params.get('sort') ?? ''
  const flag = params.get('flag') ?? ''
  const page = Number(params.get('page') ?? '1')
  const pageSize = Number(params.get('pageSize') ?? QUEUE_PAGE_SIZE)
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
    flag: isFlag(flag) ? flag : '',
    sort: isSort(sort) ? sort : DEFAULT_VIEW.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : QUEUE_PAGE_SIZE,
  }
}

/** The search params for a view, defaults left out. */
export function queueSearchParams(view: QueueView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.statuses.length === 0) params.append('status', ALL_STATUSES)
  else if (!sameStatuses(view.statuses, DEFAULT_VIEW.statuses)) {
    for (const status of view.statuses) params.append('status', status)
  }
  for (const name of ['theme', 'division', 'q', 'from', 'to', 'flag'] as const) {
    if (view[name] !== '') params.set(name, view[name])
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort)
  if (view.page !== 1) params.set('page', String(view.page))
  if (view.pageSize !== QUEUE_PAGE_SIZE) params.set('pageSize', String(view.pageSize))
  return params
}

/** `?…` for a link to the view, or '' for the default view. */
export function queueSearch(view: QueueView): string {
  const search = queueSearchParams(view).toString()
  return search ? `?${search}` : ''
}

/** GET /concerns parameters for the view (one page of it, unless page/pageSize are overridden). */
export function toConcernQuery(view: QueueView, pageSize = view.pageSize): QueueQuery {
  const optional = <T extends string>(value: T | '') => (value === '' ? undefined : value)
  return {
    page: view.page,
    pageSize,
    status: view.statuses.length > 0 ? view.statuses : undefined,
    theme: optional(view.theme),
    division: optional(view.division),
    q: optional(view.q),
    from: optional(view.from),
    to: optional(view.to),
    flag: optional(view.flag),
    sort: view.sort,
  }
}

/** Whether anything narrows the list (the status tabs and flag filters aside). */
export const hasFilters = (view: QueueView): boolean =>
  view.theme !== '' || view.division !== '' || view.q !== '' || view.from !== '' || view.to !== ''

export const sameStatuses = (a: readonly ConcernStatus[], b: readonly ConcernStatus[]): boolean =>
  a.length === b.length && a.every((status) => b.includes(status))
