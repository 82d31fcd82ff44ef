import type {
  Actor,
  Concern,
  ConcernEvent,
  ConcernListItem,
  ConcernStatus,
  CreateConcernRequest,
  PersonalDataFlag,
  RedactableField,
  SessionUser,
} from '../api/schemas'

/**
 * A concern as the server holds it: every event, and no per-reader fields. `personalDataFlagged`
 * is `personalData.length > 0`, kept beside it so a list needs no findings.
 */
export type StoredConcern = Omit<Concern, 'unreadReplies'>

/** One PATCH: a status move and/or a reply and/or an internal note, by one person at one time. */
export interface ConcernChange {
  at: Date
  actor: Actor
  status?: ConcernStatus | undefined
  reply?: string | undefined
  note?: string | undefined
  referredTo?: string | undefined
  closeReason?: string | undefined
}

export const FINISHED_STATUSES: readonly ConcernStatus[] = ['referred', 'actioned', 'closed']

export function newConcernRecord(init: {
  id: string
  reference: string
  request: CreateConcernRequest
  author: Actor
  at: Date
  eventId: string
  sample: boolean
  /** The findings the councillor overrode (see personal-data.ts); none when left out. */
  personalData?: PersonalDataFlag[]
}): StoredConcern {
  const { request, author } = init
  const at = init.at.toISOString()
  return {
    id: init.id,
    reference: init.reference,
    createdAt: at,
    updatedAt: at,
    author,
    divisionId: request.divisionId,
    themeId: request.themeId,
    subThemeId: request.subThemeId,
    objectiveId: request.objectiveId,
    title: request.title,
    details: request.details,
    location: request.location,
    source: request.source,
    alreadyReported: request.alreadyReported,
    wantsReply: request.wantsReply,
    status: 'submitted',
    version: 1,
    awaitingReply: request.wantsReply,
    councillorReplied: false,
    sample: init.sample,
    personalData: init.personalData ?? [],
    personalDataFlagged: (init.personalData ?? []).length > 0,
    events: [
      event(init.eventId, at, author, 'submitted', {
        fromStatus: null,
        toStatus: 'submitted',
      }),
    ],
  }
}

/**
 * Applies one change (already checked) in place: a status move, then a reply, then a note, each
 * as its own event, and one new version for the lot.
 */
export function applyChange(
  concern: StoredConcern,
  change: ConcernChange,
  nextEventId: () => string,
): void {
  const at = change.at.toISOString()
  if (change.status !== undefined && change.status !== concern.status) {
    concern.events.push(
      event(nextEventId(), at, change.actor, 'status-changed', {
        fromStatus: concern.status,
        toStatus: change.status,
        referredTo: change.referredTo ?? null,
        closeReason: change.closeReason ?? null,
      }),
    )
    concern.status = change.status
  }
  if (change.reply !== undefined) {
    concern.events.push(event(nextEventId(), at, change.actor, 'reply', { text: change.reply }))
    concern.awaitingReply = false
    // The chair has answered what the councillor added.
    concern.councillorReplied = false
  }
  if (change.note !== undefined) {
    concern.events.push(event(nextEventId(), at, change.actor, 'note', { text: change.note }))
  }
  concern.version += 1
  concern.updatedAt = at
}

/** The author adds information (already checked): one `message` event, one new version. */
export function addMessage(
  concern: StoredConcern,
  message: { at: Date; actor: Actor; text: string },
  nextEventId: () => string,
): void {
  const at = message.at.toISOString()
  concern.events.push(event(nextEventId(), at, message.actor, 'message', { text: message.text }))
  concern.councillorReplied = true
  concern.version += 1
  concern.updatedAt = at
}

function event(
  id: string,
  at: string,
  actor: Actor,
  type: ConcernEvent['type'],
  fields: Partial<
    Pick<
      ConcernEvent,
      'fromStatus' | 'toStatus' | 'text' | 'referredTo' | 'closeReason' | 'redactedField'
    >
  >,
): ConcernEvent {
  return {
    id,
    at,
    actor,
    type,
    fromStatus: null,
    toStatus: null,
    text: null,
    referredTo: null,
    closeReason: null,
    redactedField: null,
    ...fields,
  }
}

/** A `redacted` event: who removed text from which field, and when; never the text. */
export const redactedEvent = (
  id: string,
  at: string,
  actor: Actor,
  field: RedactableField,
): ConcernEvent => event(id, at, actor, 'redacted', { redactedField: field })

export const replyCount = (concern: StoredConcern): number =>
  concern.events.filter((e) => e.type === 'reply').length

/** What one reader may see of a concern: notes only for the chair, unread replies only for the author. */
export function concernFor(
  viewer: SessionUser,
  concern: StoredConcern,
  repliesRead: number,
): Concern {
  return {
    ...concern,
    events:
      viewer.role === 'chair'
        ? [...concern.events]
        : concern.events.filter((e) => e.type !== 'note'),
    unreadReplies: unreadFor(viewer, concern, repliesRead),
  }
}

export function listItemFor(
  viewer: SessionUser,
  concern: StoredConcern,
  repliesRead: number,
): ConcernListItem {
  return listItemOf(viewer, concern, replyCount(concern), repliesRead)
}

/** The list's view of a concern from its columns alone (a back end that keeps counts, not events). */
export function listItemOf(
  viewer: SessionUser,
  concern: Omit<StoredConcern, 'details' | 'events' | 'personalData'>,
  replies: number,
  repliesRead: number,
): ConcernListItem {
  // Built field by field so the list never carries details or events.
  return {
    id: concern.id,
    reference: concern.reference,
    createdAt: concern.createdAt,
    updatedAt: concern.updatedAt,
    author: concern.author,
    divisionId: concern.divisionId,
    themeId: concern.themeId,
    subThemeId: concern.subThemeId,
    objectiveId: concern.objectiveId,
    title: concern.title,
    location: concern.location,
    source: concern.source,
    alreadyReported: concern.alreadyReported,
    wantsReply: concern.wantsReply,
    status: concern.status,
    version: concern.version,
    awaitingReply: concern.awaitingReply,
    unreadReplies: unreadOf(viewer, concern.author.id, replies, repliesRead),
    personalDataFlagged: concern.personalDataFlagged,
    councillorReplied: concern.councillorReplied,
    sample: concern.sample,
  }
}

function unreadFor(viewer: SessionUser, concern: StoredConcern, repliesRead: number): number {
  return unreadOf(viewer, concern.author.id, replyCount(concern), repliesRead)
}

const unreadOf = (viewer: SessionUser, authorId: string, replies: number, read: number): number =>
  viewer.id === authorId ? Math.max(0, replies - read) : 0

/** Whether this reader may know the concern exists at all. */
export const canSee = (viewer: SessionUser, concern: StoredConcern): boolean =>
  viewer.role === 'chair' || concern.author.id === viewer.id
