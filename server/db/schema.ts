/*
 * The database, one pg-core schema for PGlite and PostgreSQL alike. Migrations are generated
 * from it (`npm run db:generate`) and committed in ./migrations; the server applies them at start.
 * Nothing here may need a PostgreSQL newer than 15 (Debian's), though PGlite is 18.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { ConcernFlag, PersonalDataFlag } from '../../src/lib/api/schemas'
import { FINISHED_STATUSES } from '../../src/lib/backend/concern-records'
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

/**
 * True for a finished concern. Written with literals, not parameters, so the same expression in
 * an ORDER BY (concern-store.ts) matches the index below and the planner can use it.
 */
export const isFinished = (status: AnyPgColumn) =>
  sql`(${status} in (${sql.raw(FINISHED_STATUSES.map((s) => `'${s}'`).join(', '))}))`

/**
 * A flag of decision 0015 as SQL. Literal, like isFinished, so the partial indexes below (whose
 * predicates these are) serve the flag filter and the flag counts.
 */
export function hasFlagSql(flag: ConcernFlag): SQL {
  switch (flag) {
    case 'awaiting-reply':
      return sql`${sql.identifier('awaiting_reply')}`
    case 'councillor-replied':
      return sql`${sql.identifier('councillor_replied')}`
    case 'personal-data':
      return sql`(jsonb_array_length(${sql.identifier('personal_data')}) > 0)`
  }
}

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

export const concerns = pgTable(
  'concerns',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    divisionId: text('division_id').notNull(),
    themeId: text('theme_id').notNull(),
    subThemeId: text('sub_theme_id'),
    objectiveId: text('objective_id'),
    title: text('title').notNull(),
    details: text('details').notNull(),
    location: text('location').notNull(),
    source: text('source').notNull(),
    alreadyReported: text('already_reported').notNull(),
    wantsReply: boolean('wants_reply').notNull(),
    status: text('status').notNull(),
    /** Bumped by every change; the ETag, checked by If-Match in UPDATE … WHERE version = $n. */
    version: integer('version').notNull(),
    awaitingReply: boolean('awaiting_reply').notNull(),
    sample: boolean('sample').notNull(),
    /** Replies sent to the author, and how many of them the author has opened. */
    replyCount: integer('reply_count').notNull().default(0),
    repliesRead: integer('replies_read').notNull().default(0),
    /**
     * Reference, title, details and location, lower-cased by the server (not by SQL lower(),
     * whose result depends on the database's locale), so text search matches the same on every
     * back end.
     */
    searchText: text('search_text').notNull(),
    /** The personal-data findings the councillor overrode, as still in the text (decision 0014). */
    personalData: jsonb('personal_data')
      .$type<PersonalDataFlag[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The author's newest message is newer than the chair's newest reply. */
    councillorReplied: boolean('councillor_replied').notNull().default(false),
  },
  (table) => [
    check('concerns_version_positive', sql`${table.version} >= 1`),
    index('concerns_created_idx').on(table.createdAt.desc(), table.reference.desc()),
    index('concerns_status_created_idx').on(table.status, table.createdAt.desc()),
    // "Longest waiting": open concerns first (the expression is false for them), then by when
    // anything last happened. Matches ORDER in concern-store.ts term for term, so the chair's
    // default queue reads the first page straight from the index instead of sorting everything.
    index('concerns_waiting_idx').on(
      isFinished(table.status),
      table.updatedAt,
      table.createdAt,
      table.reference,
    ),
    index('concerns_author_created_idx').on(table.authorId, table.createdAt.desc()),
    // With status beside them, the tabs' counts for one theme or division come from the index.
    index('concerns_division_status_idx').on(table.divisionId, table.status),
    index('concerns_theme_status_idx').on(table.themeId, table.status),
    // Flagged concerns are few: each flag's filter and count reads only its own (decision 0015).
    index('concerns_awaiting_reply_idx')
      .on(table.status, table.updatedAt)
      .where(hasFlagSql('awaiting-reply')),
    index('concerns_councillor_replied_idx')
      .on(table.status, table.updatedAt)
      .where(hasFlagSql('councillor-replied')),
    index('concerns_personal_data_idx')
      .on(table.status, table.updatedAt)
      .where(hasFlagSql('personal-data')),
  ],
)

/**
 * Append-only: every submission, status move, reply, note, message and redaction, with who and
 * when. The one change the database allows (migration 0005) is redaction's: the `text` of a
 * message or reply, and nothing else of the row.
 */
export const concernEvents = pgTable(
  'concern_events',
  {
    /** Insertion order, which is the timeline's order. */
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull().unique(),
    concernId: text('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    at: at('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    text: text('text'),
    referredTo: text('referred_to'),
    closeReason: text('close_reason'),
    /** On a "redacted" event, the field that had text removed. */
    redactedField: text('redacted_field'),
  },
  (table) => [index('concern_events_concern_idx').on(table.concernId, table.seq)],
)

/**
 * One row per (user, Idempotency-Key), claimed in the same transaction as the change it guards,
 * so two racing requests with one key make one change; the first answer is kept to replay.
 */
export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(),
    /** Hash of method, path and canonical body: the same key for another request is a 422. */
    fingerprint: text('fingerprint').notNull(),
    status: integer('status').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    body: jsonb('body').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] })],
)

/**
 * How many concerns are in each status, kept by statement triggers on concerns (migration
 * 0004), so the chair's tabs need not count every concern on each request.
 */
export const concernStatusCounts = pgTable('concern_status_counts', {
  status: text('status').primaryKey(),
  count: integer('count').notNull(),
})

/** The last reference number used in each year; incremented inside the creating transaction. */
export const referenceCounters = pgTable('reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: the database never holds a usable session id. */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id').notNull(),
    userName: text('user_name').notNull(),
    role: text('role').notNull(),
    divisionId: text('division_id'),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
)

/**
 * Secrets the server makes for itself the first time it needs one (randomBytes), kept across
 * restarts and shared by every instance on the same database. 'outbox-key': what each user's
 * outbox key is derived from (server/http/outbox-key.ts).
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
})

export const schema = {
  concerns,
  concernEvents,
  concernStatusCounts,
  idempotencyRecords,
  referenceCounters,
  serverSecrets,
  sessions,
}
