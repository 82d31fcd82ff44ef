import type { ConcernStatus } from '../../../lib/api'
import { STATUS_LABELS, STATUS_TAG_CLASSES } from '../labels'

/** The status in words (the colour only repeats it). */
export function StatusTag({ status }: { status: ConcernStatus }) {
  return (
    <strong className={`govuk-tag app-status-tag ${STATUS_TAG_CLASSES[status]}`.trim()}>
      <span className="govuk-visually-hidden">Status: </span>
      {STATUS_LABELS[status]}
    </strong>
  )
}

export function NewReplyTag({ count }: { count?: number }) {
  return (
    <strong className="govuk-tag govuk-tag--pink app-new-reply-tag">
      {count !== undefined && count > 1 ? `${count} new replies` : 'New reply'}
    </strong>
  )
}

export function SampleTag() {
  return <strong className="govuk-tag govuk-tag--grey app-sample-tag">Sample data</strong>
}
