/** Between the database's rows and the shared StoredConcern shape every back end answers from. */
import type {
  Actor,
  AlreadyReported,
  ConcernEvent,
  ConcernSource,
  ConcernStatus,
  RedactableField,
  Role,
} from '../../src/lib/api/schemas'
import type { StoredConcern } from '../../src/lib/backend/concern-records'
import { concernEvents, concerns } from './schema'

export type ConcernRow = typeof concerns.$inferSelect
export type EventRow = typeof concernEvents.$inferSelect
export type NewConcernRow = typeof concerns.$inferInsert
export type NewEventRow = typeof concernEvents.$inferInsert

/** What the text search (`q`) looks through, lower-cased once when stored. */
export const searchTextOf = (
  c: Pick<StoredConcern, 'reference' | 'title' | 'details' | 'location'>,
) => [c.reference, c.title, c.details, c.location].join('\n').toLowerCase()

export function concernRowOf(
  concern: StoredConcern,
  counts: { replyCount: number; repliesRead: number },
): NewConcernRow {
  return {
    id: concern.id,
    reference: concern.reference,
    createdAt: new Date(concern.createdAt),
    updatedAt: new Date(concern.updatedAt),
    authorId: concern.author.id,
    authorName: concern.author.name,
    authorRole: concern.author.role,
    divisionId: concern.divisionId,
    themeId: concern.themeId,
    subThemeId: concern.subThemeId,
    objectiveId: concern.objectiveId,
    title: concern.title,
    details: concern.details,
    location: concern.location,
    source: concern.source,
    alreadyReported: concern.alreadyReported,
    wantsReply: concern.wantsReply,
    status: concern.status,
    version: concern.version,
    awaitingReply: concern.awaitingReply,
    sample: concern.sample,
    replyCount: counts.replyCount,
    repliesRead: counts.repliesRead,
    searchText: searchTextOf(concern),
    personalData: concern.personalData,
    councillorReplied: concern.councillorReplied,
  }
}

export const eventRowOf = (concernId: string, event: ConcernEvent): NewEventRow => ({
  id: event.id,
  concernId,
  at: new Date(event.at),
  actorId: event.actor.id,
  actorName: event.actor.name,
  actorRole: event.actor.role,
  type: event.type,
  fromStatus: event.fromStatus,
  toStatus: event.toStatus,
  text: event.text,
  referredTo: event.referredTo,
  closeReason: event.closeReason,
  redactedField: event.redactedField,
})

const actor = (id: string, name: string, role: string): Actor => ({ id, name, role: role as Role })

/** The row's columns, as the shared view functions (concernFor, listItemFor) take them. */
export function summaryOf(
  row: Omit<ConcernRow, 'details' | 'searchText' | 'personalData'> & {
    personalDataFlagged: boolean
  },
): Omit<StoredConcern, 'details' | 'events' | 'personalData'> {
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    author: actor(row.authorId, row.authorName, row.authorRole),
    divisionId: row.divisionId,
    themeId: row.themeId,
    subThemeId: row.subThemeId,
    objectiveId: row.objectiveId,
    title: row.title,
    location: row.location,
    // The database holds only what the contract's schemas let in.
    source: row.source as ConcernSource,
    alreadyReported: row.alreadyReported as AlreadyReported,
    wantsReply: row.wantsReply,
    status: row.status as ConcernStatus,
    version: row.version,
    awaitingReply: row.awaitingReply,
    councillorReplied: row.councillorReplied,
    personalDataFlagged: row.personalDataFlagged,
    sample: row.sample,
  }
}

export function storedConcernOf(row: ConcernRow, events: EventRow[]): StoredConcern {
  return {
    ...summaryOf({ ...row, personalDataFlagged: row.personalData.length > 0 }),
    details: row.details,
    personalData: row.personalData,
    events: events.map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      actor: actor(event.actorId, event.actorName, event.actorRole),
      type: event.type as ConcernEvent['type'],
      fromStatus: event.fromStatus as ConcernStatus | null,
      toStatus: event.toStatus as ConcernStatus | null,
      text: event.text,
      referredTo: event.referredTo,
      closeReason: event.closeReason,
      redactedField: event.redactedField as RedactableField | null,
    })),
  }
}
