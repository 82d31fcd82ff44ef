import type { ReactNode } from 'react'
import type { RedactableField } from '../../../../lib/api'
import { occurrences, type Range } from './redaction-plan'
import { redactableProps } from './selection'

/** The places of every flagged text, left to right; an overlapping one is left unmarked. */
function markedRanges(text: string, marks: readonly string[]): Range[] {
  const all = marks.flatMap((mark) => occurrences(text, mark)).sort((a, b) => a.start - b.start)
  const kept: Range[] = []
  for (const range of all) {
    const last = kept[kept.length - 1]
    if (!last || range.start >= last.end) kept.push(range)
  }
  return kept
}

/**
 * One of the concern's texts, exactly as stored (the chair selects in it to remove text), with
 * the findings the councillor kept highlighted where they are. Nothing else is put inside it, so
 * its text is the stored text and a selection's offsets are the contract's.
 */
export function RedactableTextView({
  field,
  eventId,
  text,
  marks = [],
}: {
  field: RedactableField
  eventId?: string
  text: string
  marks?: readonly string[]
}) {
  const parts: ReactNode[] = []
  let at = 0
  for (const range of markedRanges(text, marks)) {
    if (range.start > at) parts.push(text.slice(at, range.start))
    parts.push(
      <mark key={range.start} className="app-review-finding">
        {text.slice(range.start, range.end)}
      </mark>,
    )
    at = range.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return (
    <span className="app-review-text" {...redactableProps(field, eventId)}>
      {parts}
    </span>
  )
}
