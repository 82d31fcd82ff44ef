import {
  CONCERN_LIMITS,
  flagSchema,
  type ConcernFlag,
  OTHER_THEME_ID,
  sortSchema,
  STATUSES,
  statusSchema,
  type ConcernSort,
  type ConcernStatus,
} from '../api/schemas'
import { badRequest, type FieldErrors } from './problems'
import { findRiskTheme } from './seed/board-content'
import { findDivision } from './seed/divisions'

export interface DateRange {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from?: string | undefined
  to?: string | undefined
}

export interface ConcernFilters extends DateRange {
  statuses: ConcernStatus[]
  theme?: string | undefined
  division?: string | undefined
  q?: string | undefined
}

export interface ConcernListQuery extends ConcernFilters {
  /** Like status, left out of ConcernFilters: the flag counts ignore it. */
  flag?: ConcernFlag | undefined
  page: number
  pageSize: number
  sort: ConcernSort
}

const DEFAULT_PAGE_SIZE = 20

/** Query params of GET /concerns; anything malformed or unknown is a 400 naming the param. */
export function parseListQuery(params: URLSearchParams): ConcernListQuery {
  const errors: FieldErrors = {}
  const fail = (name: string, message: string) => {
    ;(errors[name] ??= []).push(message)
  }

  const page = wholeNumber(params.get('page'), 1)
  if (page === null || page < 1) fail('page', 'Page must be a whole number, 1 or more')
  const pageSize = wholeNumber(params.get('pageSize'), DEFAULT_PAGE_SIZE)
  if (pageSize === null || pageSize < 1 || pageSize > CONCERN_LIMITS.pageSizeMax) {
    fail('pageSize', `Page size must be a whole number from 1 to ${CONCERN_LIMITS.pageSizeMax}`)
  }

  const statuses: ConcernStatus[] = []
  for (const value of params.getAll('status')) {
    const parsed = statusSchema.safeParse(value)
    if (parsed.success) statuses.push(parsed.data)
    else fail('status', `Unknown status "${value}"`)
  }

  const sortParam = params.get('sort') ?? 'newest'
  const sort = sortSchema.safeParse(sortParam)
  if (!sort.success) fail('sort', 'Sort must be newest, oldest or waiting')

  const theme = params.get('theme') || undefined
  if (theme !== undefined && theme !== OTHER_THEME_ID && !findRiskTheme(theme)) {
    fail('theme', `Unknown risk theme "${theme}"`)
  }
  const division = params.get('division') || undefined
  if (division !== undefined && !findDivision(division)) {
    fail('division', `Unknown division "${division}"`)
  }
  const q = params.get('q')?.trim() || undefined
  if (q !== undefined && q.length > CONCERN_LIMITS.textQueryMax) {
    fail('q', `Search text must be ${CONCERN_LIMITS.textQueryMax} characters or fewer`)
  }

  const flagParam = params.get('flag') || undefined
  const flag = flagParam === undefined ? undefined : flagSchema.safeParse(flagParam)
  if (flag && !flag.success) {
    fail('flag', 'Flag must be awaiting-reply, councillor-replied or personal-data')
  }

  const range = dateRangeOf(params, errors)
  if (Object.keys(errors).length > 0)
    throw badRequest('Some query parameters are not valid.', errors)
  return {
    page: page ?? 1,
    pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
    statuses,
    theme,
    division,
    q,
    flag: flag?.success ? flag.data : undefined,
    sort: sort.success ? sort.data : 'newest',
    ...range,
  }
}

/** from/to alone (GET /concerns/summary). */
export function parseDateRange(params: URLSearchParams): DateRange {
  const errors: FieldErrors = {}
  const range = dateRangeOf(params, errors)
  if (Object.keys(errors).length > 0)
    throw badRequest('Some query parameters are not valid.', errors)
  return range
}

function dateRangeOf(params: URLSearchParams, errors: FieldErrors): DateRange {
  const range: DateRange = {}
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name) || undefined
    if (value === undefined) continue
    if (isCalendarDate(value)) range[name] = value
    else (errors[name] ??= []).push(`${name} must be a real date written YYYY-MM-DD`)
  }
  if (range.from && range.to && range.from > range.to) {
    ;(errors.to ??= []).push('to must be the same as or after from')
  }
  return range
}

function wholeNumber(value: string | null, fallback: number): number | null {
  if (value === null) return fallback
  return /^\d{1,6}$/.test(value) ? Number(value) : null
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const emptyStatusCounts = (): Record<ConcernStatus, number> =>
  Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<ConcernStatus, number>
