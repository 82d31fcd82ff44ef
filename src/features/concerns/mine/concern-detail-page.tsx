import { useEffect, useRef, useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { Loading } from '../../../components/feedback/loading'
import { NotFoundPage } from '../../../components/feedback/status-pages'
import {
  divisionsQuery,
  isApiError,
  objectiveListQuery,
  riskThemeListQuery,
  type Concern,
  type ConcernEvent,
} from '../../../lib/api'
import { concernKeys } from '../../../lib/api/keys'
import { concernQuery, markRepliesRead } from '../api/concern-queries'
import { formatDateTime, namesFrom, STATUS_HINTS, STATUS_LABELS } from '../labels'
import { AnswersSummary, MultilineText } from '../raise/answers-summary'
import { BackLink } from '../page-parts'
import { NewReplyTag, SampleTag, StatusTag } from './tags'
import { LoadError } from '../../../components/feedback/load-error'
import { PageTitle } from '../../../components/feedback/page-title'
import {
  conversationTitle,
  MessageText,
  Timeline,
  TimelineItem,
} from '../../../domain/concern/timeline'
import { AddInformationForm } from './add-information-form'
import '../concerns.scss'

/** `/concerns/:id`: one of the councillor's concerns: what they sent, what happened, the replies. */
export function ConcernDetailPage() {
  const { id = '' } = useParams()
  return <ConcernDetail id={id} />
}

function ConcernDetail({ id }: { id: string }) {
  const concern = useQuery(concernQuery(id))
  const unreadOnArrival = useUnreadOnArrival(concern.data)
  useReadReceipt(concern.data)

  if (concern.isError && isApiError(concern.error) && concern.error.status === 404) {
    return <NotFoundPage />
  }
  return (
    <div className="app-concerns">
      <PageTitle text={concern.data ? concern.data.title : 'Your concern'} />
      <BackLink to="/concerns">Back to My concerns</BackLink>
      <h1 className="govuk-heading-l">
        {concern.data ? (
          <>
            <span className="govuk-caption-l">{concern.data.reference}</span>
            {concern.data.title}
          </>
        ) : (
          'Your concern'
        )}
      </h1>
      {/* Data first: the concern as last seen stays when a refresh fails (the page's offline
          notice says how old it is). */}
      {concern.data === undefined && (concern.isError || concern.fetchStatus === 'paused') ? (
        <LoadError
          what="your concern"
          error={concern.error}
          onRetry={() => void concern.refetch()}
          retrying={concern.isFetching}
          paused={concern.fetchStatus === 'paused'}
        />
      ) : concern.data === undefined ? (
        <Loading label="Loading your concern" />
      ) : (
        <Detail concern={concern.data} unread={unreadOnArrival} />
      )}
    </div>
  )
}

/**
 * How many replies were new while the page has been open. The read receipt sets the count to 0
 * on the server, but the replies stay marked "New reply" for as long as the page is open. The
 * most seen counts, not the first: the first answer may be a cached copy from before the chair
 * replied, refreshed a moment later.
 */
function useUnreadOnArrival(concern: Concern | undefined): number {
  const [arrival, setArrival] = useState<{ id: string; unread: number } | null>(null)
  if (concern && (arrival?.id !== concern.id || concern.unreadReplies > arrival.unread)) {
    setArrival({ id: concern.id, unread: concern.unreadReplies })
  }
  return arrival?.unread ?? concern?.unreadReplies ?? 0
}

/** Opening the concern tells the server its replies have been read, once. */
function useReadReceipt(concern: Concern | undefined): void {
  const queryClient = useQueryClient()
  const sent = useRef(new Set<string>())
  const id = concern?.id
  const unread = concern?.unreadReplies ?? 0
  useEffect(() => {
    if (!id || unread === 0 || sent.current.has(id)) return
    sent.current.add(id)
    markRepliesRead(id).then(
      () => {
        queryClient.setQueryData<Concern>(concernKeys.detail(id), (old) =>
          old ? { ...old, unreadReplies: 0 } : old,
        )
        void queryClient.invalidateQueries({ queryKey: concernKeys.lists() })
      },
      // No signal: they stay unread, and the receipt goes next time the concern is opened.
      () => sent.current.delete(id),
    )
  }, [id, unread, queryClient])
}

function Detail({ concern, unread }: { concern: Concern; unread: number }) {
  const divisions = useQuery(divisionsQuery())
  const themes = useQuery(riskThemeListQuery())
  const objectives = useQuery(objectiveListQuery())
  const names = namesFrom(divisions.data, themes.data, objectives.data)
  const replies = concern.events.filter((event) => event.type === 'reply')
  const newFrom = replies.length - unread
  const theme = themes.data?.find((t) => t.id === concern.themeId)
  const canAdd = concern.status !== 'closed'
  const asked = canAdd && chairAsked(concern)
  // Where the form goes is settled when the page opens: moving it once the question is answered
  // would take the confirmation, and the councillor's place, away with it.
  const [formFirst] = useState(asked)
  const form = <AddInformationForm concern={concern} userId={concern.author.id} asked={asked} />

  return (
    <>
      <p className="app-concerns-status">
        <StatusTag status={concern.status} /> {STATUS_HINTS[concern.status]}
        {concern.awaitingReply && ' You asked for a reply; the chair has not replied yet.'}
      </p>
      {concern.sample && (
        <p className="govuk-body app-sample-note">
          <SampleTag /> This is sample data for the demo, not a real concern.
        </p>
      )}

      <section aria-labelledby="replies-heading">
        <h2 className="govuk-heading-m" id="replies-heading">
          Replies from the chair
        </h2>
        {replies.length === 0 ? (
          <p className="govuk-body">
            {concern.wantsReply ? 'No reply yet.' : 'You did not ask for a reply.'}
          </p>
        ) : (
          <ol className="app-concerns-replies">
            {replies.map((reply, index) => (
              <li key={reply.id} className="app-concerns-reply">
                <p className="app-concerns-reply__meta">
                  {index >= newFrom && <NewReplyTag />} {reply.actor.name},{' '}
                  {formatDateTime(reply.at)}
                </p>
                <blockquote className="app-concerns-reply__text">
                  <MultilineText text={reply.text ?? ''} />
                </blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>

      {canAdd && formFirst && form}

      <section aria-labelledby="timeline-heading">
        <h2 className="govuk-heading-m" id="timeline-heading">
          What has happened
        </h2>
        <Timeline>
          {concern.events
            .filter((event) => event.type !== 'note')
            .map((event) => (
              <TimelineItem
                key={event.id}
                title={conversationTitle(event, concern.author.id) ?? eventTitle(event)}
                meta={`${event.actor.id === concern.author.id ? 'You' : event.actor.name}, ${formatDateTime(event.at)}`}
              >
                {event.type === 'message' && event.text !== null && (
                  <MessageText text={event.text} />
                )}
                {event.referredTo && (
                  <p className="govuk-body">
                    Referred to: <MultilineText text={event.referredTo} />
                  </p>
                )}
                {event.closeReason && (
                  <p className="govuk-body">
                    Reason: <MultilineText text={event.closeReason} />
                  </p>
                )}
              </TimelineItem>
            ))}
        </Timeline>
      </section>

      <section aria-labelledby="sent-heading">
        <h2 className="govuk-heading-m" id="sent-heading">
          What you sent
        </h2>
        <AnswersSummary
          request={concern}
          names={names}
          showSubTheme={(theme?.subThemes.length ?? 0) > 0 || concern.subThemeId !== null}
        />
      </section>

      {canAdd && !formFirst && form}
    </>
  )
}

/**
 * The chair's latest reply asks something the councillor has not answered: it is newer than their
 * last message and holds a question (the "Ask for more information" template does).
 */
function chairAsked(concern: Concern): boolean {
  const last = concern.events.findLast(
    (event) => event.type === 'reply' || event.type === 'message',
  )
  return last?.type === 'reply' && (last.text ?? '').includes('?')
}

function eventTitle(event: ConcernEvent): string {
  switch (event.type) {
    case 'submitted':
      return 'You raised the concern'
    case 'reply':
      return 'The chair replied'
    case 'status-changed':
      return event.toStatus
        ? `Status changed to ${STATUS_LABELS[event.toStatus]}`
        : 'Status changed'
    default:
      return 'Note'
  }
}
