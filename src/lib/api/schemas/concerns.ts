import * as z from 'zod/mini'
import { idSchema, isoDateTimeSchema } from './common'
import { roleSchema } from './session'
import { normaliseLineBreaks, textProblems, type TextKind } from './text-hygiene'

/** Field bounds, checked by the form and again (as the authority) by the server. */
export const CONCERN_LIMITS = {
  titleMin: 5,
  titleMax: 120,
  detailsMin: 20,
  detailsMax: 2000,
  locationMax: 200,
  replyMax: 2000,
  noteMax: 2000,
  referredToMax: 200,
  closeReasonMax: 500,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 200,
  pageSizeMax: 100,
  textQueryMax: 200,
} as const

/** Theme id for a concern that fits none of the report's risk themes. */
export const OTHER_THEME_ID = 'other'
/** Its name, wherever it is shown (the form, the chair's pages, the summary's byTheme). */
export const OTHER_THEME_TITLE = 'Something else'

export const STATUSES = [
  'submitted',
  'acknowledged',
  'in-review',
  'referred',
  'actioned',
  'closed',
] as const
export const statusSchema = z.enum(STATUSES)
export type ConcernStatus = z.infer<typeof statusSchema>

/** The only moves a concern's status may make; the server refuses any other with 422. */
export const STATUS_MOVES: Readonly<Record<ConcernStatus, readonly ConcernStatus[]>> = {
  submitted: ['acknowledged'],
  acknowledged: ['in-review'],
  'in-review': ['referred', 'actioned', 'closed'],
  referred: [],
  actioned: [],
  closed: [],
}

export const SOURCES = ['surgery', 'visit', 'community-group', 'partner', 'other'] as const
export const sourceSchema = z.enum(SOURCES)
export type ConcernSource = z.infer<typeof sourceSchema>

export const ALREADY_REPORTED = ['no', 'mash', 'police', 'mash-and-police', 'not-sure'] as const
export const alreadyReportedSchema = z.enum(ALREADY_REPORTED)
export type AlreadyReported = z.infer<typeof alreadyReportedSchema>

/** Refuses hidden or broken characters (see text-hygiene.ts); runs on the trimmed text. */
const clean = (what: string, kind: TextKind) =>
  z.superRefine<string>((value, context) => {
    for (const message of textProblems(value, what, kind)) context.addIssue(message)
  })

/** Multi-line text keeps one kind of line break, so "\r\n" from an API client is stored as "\n". */
const lineBreaks = (kind: TextKind) =>
  z.overwrite<string>((value) => (kind === 'multi-line' ? normaliseLineBreaks(value) : value))

const trimmed = (min: number, max: number, what: string, kind: TextKind) =>
  z
    .string()
    .check(
      lineBreaks(kind),
      z.trim(),
      z.minLength(min, `${what} must be ${min} characters or more`),
      z.maxLength(max, `${what} must be ${max} characters or fewer`),
      clean(what, kind),
    )

const optionalTrimmed = (max: number, what: string, kind: TextKind) =>
  z
    .string()
    .check(
      lineBreaks(kind),
      z.trim(),
      z.maxLength(max, `${what} must be ${max} characters or fewer`),
      clean(what, kind),
    )

export const createConcernRequestSchema = z.object({
  divisionId: idSchema,
  themeId: idSchema,
  subThemeId: z.nullable(idSchema),
  objectiveId: z.nullable(idSchema),
  title: trimmed(CONCERN_LIMITS.titleMin, CONCERN_LIMITS.titleMax, 'Title', 'single-line'),
  details: trimmed(
    CONCERN_LIMITS.detailsMin,
    CONCERN_LIMITS.detailsMax,
    'What you noticed',
    'multi-line',
  ),
  location: optionalTrimmed(CONCERN_LIMITS.locationMax, 'Where in the division', 'single-line'),
  source: sourceSchema,
  alreadyReported: alreadyReportedSchema,
  wantsReply: z.boolean(),
  /** The councillor confirmed they removed details that could identify a child or family. */
  personalDataConfirmed: z.literal(true, 'Confirm that you have removed identifying details'),
})
export type CreateConcernRequest = z.infer<typeof createConcernRequestSchema>

export const actorSchema = z.object({ id: idSchema, name: z.string(), role: roleSchema })
export type Actor = z.infer<typeof actorSchema>

export const EVENT_TYPES = ['submitted', 'status-changed', 'reply', 'note'] as const
export const concernEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: actorSchema,
  type: z.enum(EVENT_TYPES),
  fromStatus: z.nullable(statusSchema),
  toStatus: z.nullable(statusSchema),
  /** A reply the councillor sees, or (type "note") an internal note only the chair sees. */
  text: z.nullable(z.string()),
  referredTo: z.nullable(z.string()),
  closeReason: z.nullable(z.string()),
})
export type ConcernEvent = z.infer<typeof concernEventSchema>

const concernFields = {
  id: idSchema,
  /** Human reference quoted on the phone or in a letter, e.g. "EE-2026-0042". */
  reference: z.string(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  author: actorSchema,
  divisionId: idSchema,
  themeId: idSchema,
  subThemeId: z.nullable(idSchema),
  objectiveId: z.nullable(idSchema),
  title: z.string(),
  location: z.string(),
  source: sourceSchema,
  alreadyReported: alreadyReportedSchema,
  wantsReply: z.boolean(),
  status: statusSchema,
  version: z.int().check(z.minimum(1)),
  /** The councillor asked for a reply and none has been sent yet. */
  awaitingReply: z.boolean(),
  /** Replies the author has not opened yet (0 for anyone else). */
  unreadReplies: z.int().check(z.minimum(0)),
  /** Demo data shipped with the mock server, never a real concern. */
  sample: z.boolean(),
}

export const concernSummarySchema = z.object(concernFields)
export type ConcernListItem = z.infer<typeof concernSummarySchema>

export const concernSchema = z.object({
  ...concernFields,
  details: z.string(),
  /** Oldest first. Internal notes are present only for the chair. */
  events: z.array(concernEventSchema),
})
export type Concern = z.infer<typeof concernSchema>

export const SORTS = ['newest', 'oldest', 'waiting'] as const
export const sortSchema = z.enum(SORTS)
export type ConcernSort = z.infer<typeof sortSchema>

export const concernPageSchema = z.object({
  items: z.array(concernSummarySchema),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1)),
  total: z.int().check(z.minimum(0)),
  totalPages: z.int().check(z.minimum(0)),
  /** Counts per status for the same filters, ignoring the status filter (for tabs). */
  statusCounts: z.record(statusSchema, z.int()),
})
export type ConcernPage = z.infer<typeof concernPageSchema>

export interface ConcernQuery {
  page?: number
  pageSize?: number
  status?: ConcernStatus[]
  theme?: string
  division?: string
  q?: string
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string
  to?: string
  sort?: ConcernSort
}

export const updateConcernRequestSchema = z.object({
  status: z.optional(statusSchema),
  reply: z.optional(trimmed(1, CONCERN_LIMITS.replyMax, 'Reply', 'multi-line')),
  note: z.optional(trimmed(1, CONCERN_LIMITS.noteMax, 'Note', 'multi-line')),
  referredTo: z.optional(trimmed(2, CONCERN_LIMITS.referredToMax, 'Referred to', 'single-line')),
  closeReason: z.optional(
    trimmed(2, CONCERN_LIMITS.closeReasonMax, 'Reason for closing', 'multi-line'),
  ),
})
export type UpdateConcernRequest = z.infer<typeof updateConcernRequestSchema>

const countSchema = z.int().check(z.minimum(0))
export const concernStatsSchema = z.object({
  total: countSchema,
  byStatus: z.array(z.object({ status: statusSchema, count: countSchema })),
  byTheme: z.array(z.object({ themeId: idSchema, title: z.string(), count: countSchema })),
  byDivision: z.array(z.object({ divisionId: idSchema, name: z.string(), count: countSchema })),
  /** Calendar months, YYYY-MM, oldest first, with no gaps between the first and last. */
  byMonth: z.array(z.object({ month: z.string(), count: countSchema })),
})
export type ConcernStats = z.infer<typeof concernStatsSchema>

/** Entity tag of a concern's version, sent back in If-Match when changing it. */
export const etagOf = (version: number): string => `"${version}"`
