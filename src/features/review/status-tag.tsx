import type { ConcernListItem, ConcernStatus } from '../../lib/api'
import { STATUS_LABELS, STATUS_TAG_CLASSES } from './labels'

export function StatusTag({ status }: { status: ConcernStatus }) {
  return (
    <strong className={`govuk-tag ${STATUS_TAG_CLASSES[status]}`.trim()}>
      {STATUS_LABELS[status]}
    </strong>
  )
}

export function SampleTag() {
  return <strong className="govuk-tag govuk-tag--grey app-review-sample">Sample data</strong>
}

/** Whether the councillor is owed an answer, in words. */
export function ReplyState({
  item,
}: {
  item: Pick<ConcernListItem, 'wantsReply' | 'awaitingReply'>
}) {
  if (item.awaitingReply) {
    return <strong className="govuk-tag govuk-tag--orange">Awaiting your reply</strong>
  }
  return <>{item.wantsReply ? 'Replied' : 'No reply asked for'}</>
}
