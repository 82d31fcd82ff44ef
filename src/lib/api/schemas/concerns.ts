import * as z from 'zod/mini'
import { ID_MAX_LENGTH, idSchema, isoDateTimeSchema } from './common'
import {
  PERSONAL_DATA_LIMITS,
  personalDataFlagSchema,
  redactableFieldSchema,
} from './personal-data'
import { roleSchema } from './session'
import { normaliseLineBreaks, TEXT_MESSAGES, textProblems, type TextKind } from './text-hygiene'

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
  messageMax: 2000,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 200,
  pageSizeMax: 100,
  textQueryMax: 200,
} as const

/** Theme id for a concern that fits none of the report's risk themes. */
export const OTHER_THEME_ID = 'other'
/** Its name, wherever it is shown (the form, the chair's pages, the summary's byTheme). */
export const OTHER_THEME_TITLE = 'Something else'

const { tooShort, tooLong } = TEXT_MESSAGES

/**
 * How each free-text field is named in messages, and whether it may break lines. The server's
 * 422 and the form before sending use these same words.
 */
export const CONCERN_TEXT = {
  title: { what: 'Title', kind: 'single-line' },
  details: { what: 'What you noticed', kind: 'multi-line' },
  location: { what: 'Where in the division', kind: 'single-line' },
  reply: { what: 'Reply', kind: 'multi-line' },
  note: { what: 'Note', kind: 'multi-line' },
  referredTo: { what: 'Referred to', kind: 'single-line' },
  closeReason: { what: 'Reason for closing', kind: 'multi-line' },
  message: { what: 'The information you add', kind: 'multi-line' },
} as const satisfies Record<string, { what: string; kind: TextKind }>

/**
 * The GOV.UK error messages of the contract: the schemas below give them in a 422, and the forms
 * show them before sending. The `Unknown` ones are for ids the lists do not hold, which only the
 * reference data can tell (the form checks its lists; the server its own).
 */
export const CONCERN_MESSAGES = {
  divisionMissing: 'Select the division this is about',
  divisionUnknown: 'Select a division from the list',
  themeMissing: 'Select the risk theme this is closest to, or ‘Something else’',
  subThemeUnknown: 'Select a part of the chosen risk theme, or ‘Not sure’',
  objectiveUnknown: 'Select an objective from the list, or ‘None, or not sure’',
  titleMissing: 'Enter a short title',
  titleShort: tooShort(CONCERN_TEXT.title.what, CONCERN_LIMITS.titleMin),
  titleLong: tooLong(CONCERN_TEXT.title.what, CONCERN_LIMITS.titleMax),
  detailsMissing: 'Enter what you noticed',
  detailsShort: tooShort(CONCERN_TEXT.details.what, CONCERN_LIMITS.detailsMin),
  detailsLong: tooLong(CONCERN_TEXT.details.what, CONCERN_LIMITS.detailsMax),
  locationLong: tooLong(CONCERN_TEXT.location.what, CONCERN_LIMITS.locationMax),
  sourceMissing: 'Select how you came to know about this',
  alreadyReportedMissing: 'Select whether this has already been reported to the MASH or the police',
  wantsReplyMissing: 'Select whether you want a reply from the chair',
  confirmMissing: 'Confirm that you have removed details that could identify a child or family',
  replyMissing: 'Enter a reply to the councillor',
  noteMissing: 'Enter the note',
  referredToMissing: 'Enter who the concern is referred to',
  closeReasonMissing: 'Enter why the concern is being closed',
  messageMissing: 'Enter the information you want to add',
  /** A finding of the personal-data detector that the councillor has not overridden. */
  personalDataFound: (match: string) =>
    `Change the text, or confirm that “${match}” does not identify a child or family`,
  overridesTooMany: `Confirm at most ${PERSONAL_DATA_LIMITS.overridesMax} details: change the text instead`,
  redactionEmpty: 'Select the text to remove',
  redactionOutside: 'Select text that is in the field',
  redactionSplitsCharacter: 'Select whole characters, not half of one',
  redactionEventMissing: 'Say which message or reply to remove text from',
  redactionEventUnwanted: 'Only give a message or reply when removing text from one',
  redactionEventUnknown: 'Select a message or reply of this concern',
} as const

/** The first thing a schema refuses in a value, in its own words; undefined when it is fine. */
export function firstProblem(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

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

/**
 * Free text as stored: trimmed, within its bounds, with nothing hidden in it. `missing` is what
 * to say when nothing at all was written; a required field without it says how short it is.
 */
const freeText = ({
  what,
  kind,
  min = 0,
  max,
  missing,
}: {
  what: string
  kind: TextKind
  min?: number
  max: number
  missing?: string
}) =>
  z.string().check(
    lineBreaks(kind),
    z.trim(),
    ...(min > 0
      ? [
          z.minLength(min, {
            error: (issue) =>
              missing !== undefined && issue.input === '' ? missing : tooShort(what, min),
          }),
        ]
      : []),
    z.maxLength(max, tooLong(what, max)),
    clean(what, kind),
  )

/** A choice from a list, with the GOV.UK message for choosing nothing. */
const chosenId = (missing: string) =>
  z.string().check(z.minLength(1, missing), z.maxLength(ID_MAX_LENGTH))

export const createConcernRequestSchema = z.object({
  divisionId: chosenId(CONCERN_MESSAGES.divisionMissing),
  themeId: chosenId(CONCERN_MESSAGES.themeMissing),
  subThemeId: z.nullable(idSchema),
  objectiveId: z.nullable(idSchema),
  title: freeText({
    ...CONCERN_TEXT.title,
    min: CONCERN_LIMITS.titleMin,
    max: CONCERN_LIMITS.titleMax,
    missing: CONCERN_MESSAGES.titleMissing,
  }),
  details: freeText({
    ...CONCERN_TEXT.details,
    min: CONCERN_LIMITS.detailsMin,
    max: CONCERN_LIMITS.detailsMax,
    missing: CONCERN_MESSAGES.detailsMissing,
  }),
  location: freeText({ ...CONCERN_TEXT.location, max: CONCERN_LIMITS.locationMax }),
  source: z.enum(SOURCES, CONCERN_MESSAGES.sourceMissing),
  alreadyReported: z.enum(ALREADY_REPORTED, CONCERN_MESSAGES.alreadyReportedMissing),
  wantsReply: z.boolean(CONCERN_MESSAGES.wantsReplyMissing),
  /**
   * Each finding of the personal-data detector that the councillor says does not identify a child
   * or family (decision 0014); any other finding is refused with 422 on its field.
   */
  personalDataOverrides: z._default(
    z
      .array(personalDataFlagSchema)
      .check(z.maxLength(PERSONAL_DATA_LIMITS.overridesMax, CONCERN_MESSAGES.overridesTooMany)),
    [],
  ),
  /** Accepted, no longer required: a concern queued on a tablet before overrides still sends. */
  personalDataConfirmed: z.optional(z.boolean()),
})
/** What a client sends (overrides may be left out). */
export type CreateConcernRequest = z.input<typeof createConcernRequestSchema>
/** The same once checked, as a back end holds it (overrides always present). */
export type CheckedCreateConcernRequest = z.output<typeof createConcernRequestSchema>

export const actorSchema = z.object({ id: idSchema, name: z.string(), role: roleSchema })
export type Actor = z.infer<typeof actorSchema>

export const EVENT_TYPES = [
  'submitted',
  'status-changed',
  'reply',
  'note',
  /** The author added information (POST /concerns/:id/messages). */
  'message',
  /** The chair removed text (POST /concerns/:id/redactions); never holds the text. */
  'redacted',
] as const
export type ConcernEventType = (typeof EVENT_TYPES)[number]
export const concernEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: actorSchema,
  type: z.enum(EVENT_TYPES),
  fromStatus: z.nullable(statusSchema),
  toStatus: z.nullable(statusSchema),
  /**
   * A reply the councillor sees, the councillor's message, or (type "note") an internal note only
   * the chair sees. Null for "redacted" events.
   */
  text: z.nullable(z.string()),
  referredTo: z.nullable(z.string()),
  closeReason: z.nullable(z.string()),
  /** On a "redacted" event, which text had something removed; null on every other event. */
  redactedField: z.nullable(redactableFieldSchema),
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
  /** The councillor overrode at least one personal-data finding when raising it. */
  personalDataFlagged: z.boolean(),
  /** The author's newest message is newer than the chair's newest reply (or there is none). */
  councillorReplied: z.boolean(),
  /** Demo data shipped with the mock server, never a real concern. */
  sample: z.boolean(),
}

export const concernSummarySchema = z.object(concernFields)
export type ConcernListItem = z.infer<typeof concernSummarySchema>

export const concernSchema = z.object({
  ...concernFields,
  details: z.string(),
  /** The findings the councillor overrode, as still in the text: which field, which rule. */
  personalData: z.array(personalDataFlagSchema),
  /** Oldest first. Internal notes are present only for the chair. */
  events: z.array(concernEventSchema),
})
export type Concern = z.infer<typeof concernSchema>

export const SORTS = ['newest', 'oldest', 'waiting'] as const
export const sortSchema = z.enum(SORTS)
export type ConcernSort = z.infer<typeof sortSchema>

/**
 * The list's flag filters (decision 0015): `awaiting-reply` (a reply was asked for and none sent),
 * `councillor-replied` (the author's newest message is newer than the chair's newest reply),
 * `personal-data` (the councillor kept a flagged detail).
 */
export const FLAGS = ['awaiting-reply', 'councillor-replied', 'personal-data'] as const
export const flagSchema = z.enum(FLAGS)
export type ConcernFlag = z.infer<typeof flagSchema>

export const flagCountsSchema = z.object({
  awaitingReply: z.int().check(z.minimum(0)),
  councillorReplied: z.int().check(z.minimum(0)),
  personalData: z.int().check(z.minimum(0)),
})
export type FlagCounts = z.infer<typeof flagCountsSchema>

export const concernPageSchema = z.object({
  items: z.array(concernSummarySchema),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1)),
  total: z.int().check(z.minimum(0)),
  totalPages: z.int().check(z.minimum(0)),
  /** Counts per status for the same filters, ignoring the status filter (for tabs). */
  statusCounts: z.record(statusSchema, z.int()),
  /** Counts per flag for the same filters, ignoring the flag filter and paging. */
  flagCounts: flagCountsSchema,
  /** The author's unread replies over every concern the filters match (not only this page); 0 for the chair. */
  unreadReplies: z.int().check(z.minimum(0)),
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
  flag?: ConcernFlag
  sort?: ConcernSort
}

export const updateConcernRequestSchema = z.object({
  status: z.optional(statusSchema),
  reply: z.optional(
    freeText({
      ...CONCERN_TEXT.reply,
      min: 1,
      max: CONCERN_LIMITS.replyMax,
      missing: CONCERN_MESSAGES.replyMissing,
    }),
  ),
  note: z.optional(
    freeText({
      ...CONCERN_TEXT.note,
      min: 1,
      max: CONCERN_LIMITS.noteMax,
      missing: CONCERN_MESSAGES.noteMissing,
    }),
  ),
  referredTo: z.optional(
    freeText({
      ...CONCERN_TEXT.referredTo,
      min: 2,
      max: CONCERN_LIMITS.referredToMax,
      missing: CONCERN_MESSAGES.referredToMissing,
    }),
  ),
  closeReason: z.optional(
    freeText({
      ...CONCERN_TEXT.closeReason,
      min: 2,
      max: CONCERN_LIMITS.closeReasonMax,
      missing: CONCERN_MESSAGES.closeReasonMissing,
    }),
  ),
})
export type UpdateConcernRequest = z.infer<typeof updateConcernRequestSchema>

/** POST /concerns/:id/messages: the author adds information, e.g. to answer a reply. */
export const concernMessageRequestSchema = z.object({
  text: freeText({
    ...CONCERN_TEXT.message,
    min: 1,
    max: CONCERN_LIMITS.messageMax,
    missing: CONCERN_MESSAGES.messageMissing,
  }),
})
export type ConcernMessageRequest = z.infer<typeof concernMessageRequestSchema>

const offsetSchema = z.int().check(z.minimum(0))

/**
 * POST /concerns/:id/redactions: the chair replaces text[start, end) (UTF-16 offsets) of a field,
 * or of a message or reply event (`eventId`, when `field` is "message"), with "[removed]". Whether
 * the range and event fit the concern is checked by the back end (422).
 */
export const redactionRequestSchema = z.object({
  field: redactableFieldSchema,
  eventId: z.optional(idSchema),
  start: offsetSchema,
  end: offsetSchema,
})
export type RedactionRequest = z.infer<typeof redactionRequestSchema>

/** The free-text fields of a change the chair makes. */
export type ChangeTextField = 'reply' | 'note' | 'referredTo' | 'closeReason'

/** The first thing the contract refuses in a field of a change, in its own words. */
export const changeTextProblem = (field: ChangeTextField, text: string): string | undefined =>
  firstProblem(updateConcernRequestSchema.shape[field], text)

const countSchema = z.int().check(z.minimum(0))
export const concernStatsSchema = z.object({
  total: countSchema,
  byStatus: z.array(z.object({ status: statusSchema, count: countSchema })),
  byTheme: z.array(z.object({ themeId: idSchema, title: z.string(), count: countSchema })),
  byDivision: z.array(z.object({ divisionId: idSchema, name: z.string(), count: countSchema })),
  /** Calendar months, YYYY-MM, oldest first, with no gaps between the first and last. */
  byMonth: z.array(z.object({ month: z.string(), count: countSchema })),
  /**
   * One item per theme and division with any concern in the range (decision 0015); `last90Days`
   * counts those of them raised in the 90 days up to the request. Three or more is a cluster.
   */
  byThemeAndDivision: z.array(
    z.object({
      themeId: idSchema,
      divisionId: idSchema,
      count: countSchema,
      last90Days: countSchema,
    }),
  ),
})
export type ConcernStats = z.infer<typeof concernStatsSchema>

/** Entity tag of a concern's version, sent back in If-Match when changing it. */
export const etagOf = (version: number): string => `"${version}"`
