/*
 * CSV for board papers: RFC 4180 (fields quoted when they hold a comma, a double quote or a line
 * break; quotes doubled; records end with CRLF), UTF-8 with a byte order mark so spreadsheet
 * programs read the text as UTF-8, and guarded against formula injection: a cell that begins
 * with = + - @, a tab or a carriage return would be run as a formula by a spreadsheet, so it is
 * prefixed with a single quote and shown as the text it is.
 */
import type { ConcernListItem } from '../../../lib/api'
import { STATUS_LABELS, type Names } from '../labels'

export const BYTE_ORDER_MARK = '\uFEFF'
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A cell a spreadsheet would run as a formula, made plain text with a leading single quote. */
export const guardFormula = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value

/** One field, guarded and quoted as RFC 4180 needs. */
export function csvField(value: string): string {
  const safe = guardFormula(value)
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The whole file: byte order mark, then every record (the header first) ending in CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('')
}

export const QUEUE_CSV_COLUMNS = [
  'Reference',
  'Raised on',
  'Title',
  'Division',
  'Risk theme',
  'Sub-theme',
  'Status',
  'Councillor asked for a reply',
  'Awaiting a reply',
  'Raised by',
  'Last changed on',
  'Sample data',
] as const

const yesNo = (value: boolean) => (value ? 'Yes' : 'No')
const day = (iso: string) => iso.slice(0, 10)

/** The queue as CSV text, one record per concern, in the order given. */
export function queueCsv(items: readonly ConcernListItem[], names: Names): string {
  const records = items.map((item) => [
    item.reference,
    day(item.createdAt),
    item.title,
    names.division(item.divisionId),
    names.theme(item.themeId),
    names.subTheme(item.themeId, item.subThemeId) ?? '',
    STATUS_LABELS[item.status],
    yesNo(item.wantsReply),
    yesNo(item.awaitingReply),
    item.author.name,
    day(item.updatedAt),
    yesNo(item.sample),
  ])
  return toCsv([QUEUE_CSV_COLUMNS, ...records])
}

/** e.g. "concerns-2026-03-14.csv" */
export const queueCsvFileName = (now: Date = new Date()): string =>
  `concerns-${now.toISOString().slice(0, 10)}.csv`
