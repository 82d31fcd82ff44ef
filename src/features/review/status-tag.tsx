import type { ConcernListItem } from '../../lib/api'
import { SampleTag as SharedSampleTag } from '../../domain/concern/tags'

export { StatusTag } from '../../domain/concern/tags'

export function SampleTag() {
  return <SharedSampleTag className="app-review-sample" />
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
