/*
 * The CSV export of decision 0015, one formatter for both back ends. RFC 4180 (fields quoted when
 * they hold a comma, a double quote or a line break; quotes doubled; records end with CRLF), UTF-8
 * with a byte order mark so spreadsheet programs read the text as UTF-8, and guarded against
 * formula injection: a cell that begins with = + - @, a tab or a carriage return would be run as
 * a formula by a spreadsheet, so it is prefixed with a single quote and shown as the text it is.
 */
import type {
  AlreadyReported,
  ConcernSource,
  ConcernStatus,
  Division,
  Objective,
  RiskTheme,
} from '../api/schemas'
import type { StoredConcern } from './concern-records'
import { OBJECTIVES, RISK_THEMES } from './seed/board-content'
import { DIVISIONS } from './seed/divisions'

export const BYTE_ORDER_MARK = '\uFEFF'
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8'

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

/** One record, ending in CRLF. */
export const csvRecord = (fields: readonly string[]): string =>
  `${fields.map(csvField).join(',')}\r\n`

/** A whole file: byte order mark, then every record (the header first). */
export const toCsv = (records: readonly (readonly string[])[]): string =>
  BYTE_ORDER_MARK + records.map(csvRecord).join('')

/** The columns decision 0015 lists, in its order. */
export const CONCERN_CSV_COLUMNS = [
  'Reference',
  'Raised on',
  'Division',
  'Risk theme',
  'Sub-theme',
  'Objective',
  'Title',
  'Location',
  'Source',
  'Already reported',
  'Councillor asked for a reply',
  'Status',
  'Last changed on',
  'Awaiting a reply',
  'Councillor replied',
  'Personal data kept',
] as const

/** The file's first bytes: the byte order mark and the header. */
export const CSV_HEAD = BYTE_ORDER_MARK + csvRecord(CONCERN_CSV_COLUMNS)

/**
 * The words the app shows for a concern's answers (src/domain/concern/vocabulary.ts, which this
 * layer may not import): each back end passes that module in, so the file reads as the pages do.
 */
export interface CsvVocabulary {
  STATUS_LABELS: Record<ConcernStatus, string>
  SOURCE_LABELS: Record<ConcernSource, string>
  ALREADY_REPORTED_LABELS: Record<AlreadyReported, string>
  namesFrom: (
    divisions: readonly Division[] | undefined,
    themes: readonly RiskTheme[] | undefined,
    objectives?: readonly Objective[],
  ) => {
    division: (id: string) => string
    theme: (id: string) => string
    subTheme: (themeId: string, subThemeId: string | null) => string | null
    objective: (id: string | null) => string | null
  }
}

export type CsvConcern = Pick<
  StoredConcern,
  | 'reference'
  | 'createdAt'
  | 'divisionId'
  | 'themeId'
  | 'subThemeId'
  | 'objectiveId'
  | 'title'
  | 'location'
  | 'source'
  | 'alreadyReported'
  | 'wantsReply'
  | 'status'
  | 'updatedAt'
  | 'awaitingReply'
  | 'councillorReplied'
  | 'personalDataFlagged'
>

const yesNo = (value: boolean) => (value ? 'Yes' : 'No')
const day = (iso: string) => iso.slice(0, 10)

/** Turns concerns into records with the reference data every back end ships. */
export function concernCsvWriter(vocabulary: CsvVocabulary): (concern: CsvConcern) => string {
  // Names only: the themes' counts play no part in them.
  const themes = RISK_THEMES.map((theme) => ({ ...theme, concernCount: 0 }))
  const names = vocabulary.namesFrom(DIVISIONS, themes, OBJECTIVES)
  return (concern) =>
    csvRecord([
      concern.reference,
      day(concern.createdAt),
      names.division(concern.divisionId),
      names.theme(concern.themeId),
      names.subTheme(concern.themeId, concern.subThemeId) ?? '',
      names.objective(concern.objectiveId) ?? '',
      concern.title,
      concern.location,
      vocabulary.SOURCE_LABELS[concern.source],
      vocabulary.ALREADY_REPORTED_LABELS[concern.alreadyReported],
      yesNo(concern.wantsReply),
      vocabulary.STATUS_LABELS[concern.status],
      day(concern.updatedAt),
      yesNo(concern.awaitingReply),
      yesNo(concern.councillorReplied),
      yesNo(concern.personalDataFlagged),
    ])
}

/** e.g. "concerns-2026-03-14.csv" (the UTC day). */
export const csvFileName = (now: Date): string => `concerns-${now.toISOString().slice(0, 10)}.csv`

/** The response headers of GET /concerns/export.csv. */
export const csvHeaders = (now: Date): Record<string, string> => ({
  'Content-Type': CSV_MEDIA_TYPE,
  'Content-Disposition': `attachment; filename="${csvFileName(now)}"`,
})
