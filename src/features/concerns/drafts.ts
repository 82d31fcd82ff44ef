import { answersFromStorage, type Answers } from './answers'
import type { PersonalDataFlag } from '../../lib/api/schemas/personal-data'
import { REASONS } from './outcome-text'

/**
 * Unsent concerns kept on this device, per user (the key holds the user id, so one councillor
 * never sees another's). A "shelf" holds the draft being written and, behind it, any concern that
 * came back unsent while another draft was open, so nothing typed is ever overwritten.
 *
 * Drafts are personal: signing out (which clears all client state) deletes every shelf on the
 * device, after the sign-out warning has said so.
 */
export const DRAFT_KEY_PREFIX = 'eyes-and-ears.concern-draft.v1.'

export const draftKeyFor = (userId: string): string =>
  `${DRAFT_KEY_PREFIX}${encodeURIComponent(userId)}`

/**
 * Why a concern came back to the form. 'no-answer' (no answer, or too slow) and 'server-error'
 * (5xx) leave the outcome unknown: the server may have stored it. The rest are definite refusals.
 */
export type ReturnReason =
  | 'invalid'
  | 'signed-out'
  | 'other-user'
  | 'no-answer'
  | 'server-error'
  | 'too-large'
  | 'busy'
  | 'refused'

/** It may have been stored: the app must ask again under the same key before using a new one. */
export const isUnknownOutcome = (reason: ReturnReason): boolean =>
  reason === 'no-answer' || reason === 'server-error'

export interface ReturnedInfo {
  reason: ReturnReason
  /** The server's messages per API field (422), '_form' for the request as a whole. */
  fieldErrors: Record<string, string[]>
  /** The server's own words for any other refusal. */
  message?: string
  at: string
}

/**
 * The Idempotency-Key of an earlier attempt and the body it was sent with. Sending the same body
 * again reuses the key, so a concern that did reach the server is never stored twice.
 */
export interface Attempt {
  key: string
  body: string
  /**
   * No answer came back: it may have been stored. Until the server has been asked again under
   * this key, changed answers must not go under a new one (that could store a second copy).
   */
  unsettled?: boolean
}

export interface Draft {
  /** As typed: after an unknown outcome these may differ from the attempt's body. */
  answers: Answers
  savedAt: string
  attempt?: Attempt
  returned?: ReturnedInfo
  /** Findings they said do not identify a child or family (on check answers). */
  overrides?: PersonalDataFlag[]
}

export interface DraftShelf {
  draft: Draft | null
  parked: Draft[]
}

const storage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.localStorage

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function draftFrom(value: unknown): Draft | null {
  if (!isRecord(value) || !isRecord(value.answers)) return null
  const draft: Draft = {
    answers: answersFromStorage(value.answers),
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : new Date(0).toISOString(),
  }
  const attempt = value.attempt
  if (isRecord(attempt) && typeof attempt.key === 'string' && typeof attempt.body === 'string') {
    draft.attempt = {
      key: attempt.key,
      body: attempt.body,
      ...(attempt.unsettled === true ? { unsettled: true } : {}),
    }
  }
  const returned = value.returned
  if (isRecord(returned) && typeof returned.reason === 'string') {
    // Saved by an earlier build, which called an unknown outcome "unreachable".
    const legacy = returned.reason === 'unreachable'
    if (legacy && draft.attempt) draft.attempt.unsettled = true
    const fieldErrors: Record<string, string[]> = {}
    if (isRecord(returned.fieldErrors)) {
      for (const [field, messages] of Object.entries(returned.fieldErrors)) {
        if (Array.isArray(messages)) fieldErrors[field] = messages.map(String)
      }
    }
    const known = Object.hasOwn(REASONS, returned.reason)
    draft.returned = {
      reason: legacy ? 'no-answer' : known ? (returned.reason as ReturnReason) : 'refused',
      fieldErrors,
      ...(typeof returned.message === 'string' ? { message: returned.message } : {}),
      at: typeof returned.at === 'string' ? returned.at : draft.savedAt,
    }
  }
  if (Array.isArray(value.overrides)) {
    // Read by hand, not by the schema: this file is in the first bundle, which carries no zod.
    // Sending checks them again.
    const overrides = value.overrides.flatMap((o): PersonalDataFlag[] =>
      isRecord(o) &&
      typeof o.field === 'string' &&
      typeof o.kind === 'string' &&
      typeof o.match === 'string'
        ? [{ field: o.field, kind: o.kind, match: o.match } as PersonalDataFlag]
        : [],
    )
    if (overrides.length > 0) draft.overrides = overrides
  }
  return draft
}

/** The user's shelf as saved. */
export function readShelf(userId: string): DraftShelf {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage()?.getItem(draftKeyFor(userId)) ?? 'null')
  } catch {
    parsed = null
  }
  if (!isRecord(parsed)) return { draft: null, parked: [] }
  const parked = Array.isArray(parsed.parked)
    ? parsed.parked.map(draftFrom).filter((d): d is Draft => d !== null)
    : []
  return { draft: draftFrom(parsed.draft), parked }
}

/** Writes the user's shelf; an empty one is removed. */
export function writeShelf(userId: string, shelf: DraftShelf): void {
  try {
    if (!shelf.draft && shelf.parked.length === 0) storage()?.removeItem(draftKeyFor(userId))
    else storage()?.setItem(draftKeyFor(userId), JSON.stringify(shelf))
  } catch {
    // Storage full or blocked: the answers are still on screen.
  }
}

/**
 * A concern that came back unsent goes back on the shelf: as the draft if there is none, behind
 * it if the draft is another concern. If the draft is this same concern (same key) its answers
 * stay, since they may have been changed since it was sent; it learns how the attempt ended.
 */
export function returnToShelf(userId: string, returned: Draft): void {
  const shelf = readShelf(userId)
  const key = returned.attempt?.key
  if (shelf.draft && key !== undefined && shelf.draft.attempt?.key === key) {
    const { attempt, returned: why } = returned
    writeShelf(userId, { ...shelf, draft: { ...shelf.draft, attempt, returned: why } })
  } else if (!shelf.draft) {
    writeShelf(userId, { ...shelf, draft: returned })
  } else {
    writeShelf(userId, { ...shelf, parked: [...shelf.parked, returned] })
  }
}

/** A concern finally sent: any copy of it still on the shelf goes. */
export function removeSent(userId: string, idempotencyKey: string): void {
  const shelf = readShelf(userId)
  const keep = (draft: Draft) => draft.attempt?.key !== idempotencyKey
  writeShelf(userId, {
    draft: shelf.draft && keep(shelf.draft) ? shelf.draft : null,
    parked: shelf.parked.filter(keep),
  })
}

/** How many unsent concerns the user has on this device (the draft and the parked ones). */
export function unsentDraftCount(userId: string): number {
  const { draft, parked } = readShelf(userId)
  return (draft ? 1 : 0) + parked.length
}

let generation = 0

/**
 * Changes whenever every draft is forgotten. A form still on screen while the user signs out
 * compares it before its last save, so a sign-out is never undone by a late autosave.
 */
export const draftsGeneration = (): number => generation

/** Every user's shelf on this device; for sign-out, which clears all client state. */
export function forgetAllDrafts(): void {
  generation += 1
  const store = storage()
  if (!store) return
  try {
    const keys: string[] = []
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i)
      if (key?.startsWith(DRAFT_KEY_PREFIX)) keys.push(key)
    }
    for (const key of keys) store.removeItem(key)
  } catch {
    // Storage blocked: nothing was saved there either.
  }
}
