import { CONCERN_LIMITS, CONCERN_TEXT } from '../../../lib/api'
import type { TextField } from '../answers'
import { formatCount } from '../../../lib/format/count'

/**
 * How much of a paste a free-text answer keeps: ten times what may be sent. Anything a person
 * types, or pastes by mistake and trims, fits; a pasted megabyte is not carried through every
 * render, count, check and draft. What is over the limit but kept still gets the form's own
 * "must be … or fewer" error, so they can trim it themselves.
 */
export const TEXT_CAPS: Record<TextField, number> = {
  title: CONCERN_LIMITS.titleMax * 10,
  details: CONCERN_LIMITS.detailsMax * 10,
  location: CONCERN_LIMITS.locationMax * 10,
}

const LIMITS: Record<TextField, number> = {
  title: CONCERN_LIMITS.titleMax,
  details: CONCERN_LIMITS.detailsMax,
  location: CONCERN_LIMITS.locationMax,
}

export interface CappedText {
  text: string
  /** UTF-16 units left out (0 when all of it was kept). */
  dropped: number
  /** How long the whole paste was. */
  given: number
}

/** The first `cap` units of the text, never splitting a character made of two. */
export function capText(value: string, cap: number): CappedText {
  if (value.length <= cap) return { text: value, dropped: 0, given: value.length }
  const code = value.charCodeAt(cap - 1)
  const end = code >= 0xd800 && code <= 0xdbff ? cap - 1 : cap
  return { text: value.slice(0, end), dropped: value.length - end, given: value.length }
}

/** What the councillor is told when a paste was cut. */
export function notKeptMessage(field: TextField, capped: CappedText): string {
  return `What you pasted was ${formatCount(capped.given)} characters long. Only the first ${formatCount(
    capped.text.length,
  )} were kept. ${CONCERN_TEXT[field].what} can be up to ${formatCount(LIMITS[field])} characters.`
}
