import type { ConcernStatus } from '../../lib/api/schemas'
import { STATUS_LABELS, STATUS_TAG_CLASSES } from './vocabulary'

/**
 * The status in words, for the councillor and the chair alike. The colour only repeats the words,
 * and a screen reader hears "Status:" first, so a tag read alone in a list still makes sense.
 */
export function StatusTag({ status }: { status: ConcernStatus }) {
  return (
    <strong className={`govuk-tag ${STATUS_TAG_CLASSES[status]}`.trim()}>
      <span className="govuk-visually-hidden">Status: </span>
      {STATUS_LABELS[status]}
    </strong>
  )
}

/** Marks the demo's invented concerns, wherever one is shown. */
export function SampleTag({ className }: { className?: string }) {
  return (
    <strong className={`govuk-tag govuk-tag--grey${className ? ` ${className}` : ''}`}>
      Sample data
    </strong>
  )
}
