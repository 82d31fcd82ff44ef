import {
  CONCERN_MESSAGES,
  REDACTED_TEXT,
  type Actor,
  type Concern,
  type RedactableField,
  type RedactionRequest,
  type SessionUser,
} from '../api/schemas'
import { concernFor, redactedEvent, type StoredConcern } from './concern-records'
import { findingsAfterRedaction } from './personal-data'
import { FieldChecks } from './validation'

/*
 * POST /concerns/:id/redactions (decision 0014), the rules every back end shares: which text may
 * be redacted, and what it becomes. Each back end then removes the old text from wherever it
 * keeps it (the server: the row, the event and the idempotency records' stored answers).
 */

/** A redaction that fits the concern: the text it changes, and that text afterwards. */
export interface RedactionPlan {
  field: RedactableField
  /** The message or reply whose text changes; null for a field of the concern. */
  eventId: string | null
  /** The whole text with the range replaced by "[removed]". */
  text: string
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff

/** True when offset falls between the two halves of one character. */
const splitsCharacter = (text: string, offset: number) =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset))

/** The text a redaction names, or a 422 naming what does not fit. */
function targetText(concern: StoredConcern, request: RedactionRequest): string {
  const checks = new FieldChecks()
  let text = ''
  if (request.field === 'message') {
    const event = concern.events.find(
      (e) => e.id === request.eventId && (e.type === 'message' || e.type === 'reply'),
    )
    if (request.eventId === undefined) {
      checks.add('eventId', CONCERN_MESSAGES.redactionEventMissing)
    } else if (event?.text == null) {
      checks.add('eventId', CONCERN_MESSAGES.redactionEventUnknown)
    } else {
      text = event.text
    }
  } else if (request.eventId !== undefined) {
    checks.add('eventId', CONCERN_MESSAGES.redactionEventUnwanted)
  } else {
    text = concern[request.field]
  }
  checks.throwIfAny()
  return text
}

/** Checks a redaction against the concern (422 if it does not fit) and works out the new text. */
export function planRedaction(concern: StoredConcern, request: RedactionRequest): RedactionPlan {
  const original = targetText(concern, request)
  const { start, end } = request
  const checks = new FieldChecks()
  if (end <= start) checks.add('start', CONCERN_MESSAGES.redactionEmpty)
  else if (end > original.length) checks.add('end', CONCERN_MESSAGES.redactionOutside)
  else if (splitsCharacter(original, start) || splitsCharacter(original, end)) {
    checks.add('start', CONCERN_MESSAGES.redactionSplitsCharacter)
  }
  checks.throwIfAny()
  return {
    field: request.field,
    eventId: request.field === 'message' ? (request.eventId ?? null) : null,
    text: `${original.slice(0, start)}${REDACTED_TEXT}${original.slice(end)}`,
  }
}

/**
 * Applies a planned redaction in place: the new text, the findings no longer in it dropped, a
 * `redacted` event (who, when, which field; never the text) and one new version.
 */
export function applyRedaction(
  concern: StoredConcern,
  plan: RedactionPlan,
  by: { at: Date; actor: Actor },
  nextEventId: () => string,
): void {
  if (plan.field === 'message') {
    const event = concern.events.find((e) => e.id === plan.eventId)
    if (!event) throw new Error(`No event ${String(plan.eventId)} to redact`)
    event.text = plan.text
  } else {
    concern[plan.field] = plan.text
  }
  concern.personalData = findingsAfterRedaction(concern.personalData, plan.field, plan.text)
  concern.personalDataFlagged = concern.personalData.length > 0
  const at = by.at.toISOString()
  concern.events.push(redactedEvent(nextEventId(), at, by.actor, plan.field))
  concern.version += 1
  concern.updatedAt = at
}

/**
 * What a stored idempotent answer about this concern becomes once text is removed: the concern as
 * it is now, as the key's owner sees it. Only the author (POST /concerns, messages) and the chair
 * (PATCH) ever hold answers about a concern, so the owner's id says which view it was.
 */
export function storedAnswerAfterRedaction(
  userId: string,
  concern: StoredConcern,
  repliesRead: number,
): Concern {
  const author = userId === concern.author.id
  const viewer: SessionUser = {
    id: userId,
    name: author ? concern.author.name : 'Chair',
    role: author ? concern.author.role : 'chair',
    divisionId: null,
  }
  return concernFor(viewer, concern, repliesRead)
}
