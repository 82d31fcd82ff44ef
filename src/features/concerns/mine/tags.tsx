export { SampleTag, StatusTag } from '../../../domain/concern/tags'

export function NewReplyTag({ count }: { count?: number }) {
  return (
    <strong className="govuk-tag govuk-tag--pink app-new-reply-tag">
      {count !== undefined && count > 1 ? `${count} new replies` : 'New reply'}
    </strong>
  )
}
