import { REDACTABLE_FIELD_NAMES } from '../../../../domain/concern/timeline'
import type { Concern, RedactableField, RedactionRequest } from '../../../../lib/api'

/** One text the chair can remove details from: a field of the concern, or a message or reply. */
export interface RedactableText {
  field: RedactableField
  /** The message or reply, when `field` is "message". */
  eventId?: string
  /** How the chair reads its name: "What you noticed", "the councillor's message of 3 March". */
  name: string
  text: string
}

export interface Range {
  start: number
  end: number
}

/** What the chair asked to remove: one text found in one or more places. */
export interface RedactionPlan {
  /** The words removed, as the chair saw them. */
  match: string
  parts: { target: RedactableText; ranges: Range[] }[]
  /**
   * Every occurrence of `match` (a flagged finding, typed text), not one chosen place (a
   * selection): a plan made on an older version can then be found again in the latest.
   */
  everywhere: boolean
}

/** Where `match` occurs in `text`, left to right, without overlaps. */
export function occurrences(text: string, match: string): Range[] {
  const ranges: Range[] = []
  if (match === '') return ranges
  for (let at = text.indexOf(match); at !== -1; at = text.indexOf(match, at + match.length)) {
    ranges.push({ start: at, end: at + match.length })
  }
  return ranges
}

const sameTarget = (a: RedactableText, b: RedactableText) =>
  a.field === b.field && a.eventId === b.eventId

/** A plan removing every occurrence of `match` in the given texts (those without it are left). */
export function planEverywhere(match: string, texts: readonly RedactableText[]): RedactionPlan {
  return {
    match,
    everywhere: true,
    parts: texts
      .map((target) => ({ target, ranges: occurrences(target.text, match) }))
      .filter((part) => part.ranges.length > 0),
  }
}

export const placesIn = (plan: RedactionPlan): number =>
  plan.parts.reduce((sum, part) => sum + part.ranges.length, 0)

/** "What you noticed", "What you noticed (2 places) and Title". */
export function whereWords(plan: RedactionPlan): string {
  const names = plan.parts.map(({ target, ranges }) =>
    ranges.length > 1 ? `${target.name} (${ranges.length} places)` : target.name,
  )
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/**
 * The plan again on the concern as it is now (after a conflict). A text that has not changed
 * keeps its places; a changed one is searched again when the plan was for every occurrence.
 * Null when there is nothing left to remove, with the reason.
 */
export function replan(
  plan: RedactionPlan,
  current: Concern,
): { plan: RedactionPlan; reason: null } | { plan: null; reason: string } {
  const texts = redactableTexts(current)
  const parts: RedactionPlan['parts'] = []
  for (const part of plan.parts) {
    const now = texts.find((text) => sameTarget(text, part.target))
    if (!now) continue
    if (now.text === part.target.text) parts.push({ target: now, ranges: part.ranges })
    else if (plan.everywhere) {
      const ranges = occurrences(now.text, plan.match)
      if (ranges.length > 0) parts.push({ target: now, ranges })
    } else {
      return {
        plan: null,
        reason: `${part.target.name} has changed since you selected the text: select it again.`,
      }
    }
  }
  return parts.length === 0
    ? { plan: null, reason: `“${plan.match}” is no longer there: nothing needs removing.` }
    : { plan: { ...plan, parts }, reason: null }
}

/**
 * The requests that carry a plan out, one range each. Within a text the last place goes first, so
 * the places before it keep their offsets when "[removed]" changes the text's length.
 */
export function requestsFor(plan: RedactionPlan): RedactionRequest[] {
  return plan.parts.flatMap(({ target, ranges }) =>
    [...ranges]
      .sort((a, b) => b.start - a.start)
      .map((range) => ({
        field: target.field,
        ...(target.eventId !== undefined ? { eventId: target.eventId } : {}),
        start: range.start,
        end: range.end,
      })),
  )
}

/** The concern's texts that can be redacted, in page order: the submission, then the messages. */
export function redactableTexts(concern: Concern): RedactableText[] {
  const texts: RedactableText[] = [
    { field: 'title', name: REDACTABLE_FIELD_NAMES.title, text: concern.title },
    { field: 'details', name: REDACTABLE_FIELD_NAMES.details, text: concern.details },
    { field: 'location', name: REDACTABLE_FIELD_NAMES.location, text: concern.location },
  ]
  let messages = 0
  let replies = 0
  for (const event of concern.events) {
    if (event.text === null) continue
    if (event.type === 'message') {
      messages += 1
      texts.push({
        field: 'message',
        eventId: event.id,
        name: `the councillor’s message ${messages}`,
        text: event.text,
      })
    } else if (event.type === 'reply') {
      replies += 1
      texts.push({
        field: 'message',
        eventId: event.id,
        name: `your reply ${replies}`,
        text: event.text,
      })
    }
  }
  return texts.filter((text) => text.text !== '')
}

export const findText = (
  concern: Concern,
  field: RedactableField,
  eventId?: string,
): RedactableText | undefined =>
  redactableTexts(concern).find((text) => text.field === field && text.eventId === eventId)
