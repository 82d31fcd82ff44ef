import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { Loading } from '../../../components/feedback/loading'
import {
  divisionsQuery,
  riskThemeListQuery,
  STATUSES,
  type ConcernListItem,
  type ConcernQuery,
  type ConcernStatus,
} from '../../../lib/api'
import { useCurrentUser } from '../../../lib/query'
import { myConcernsQuery } from '../api/concern-queries'
import { formatDate, namesFrom, plural, STATUS_LABELS, type Names } from '../labels'
import { pendingOf, useOutbox } from '../outbox/use-outbox'
import { Pagination } from '../../../components/pagination/pagination'
import { NewReplyTag, SampleTag, StatusTag } from './tags'
import { LoadError } from '../../../components/feedback/load-error'
import { PageTitle } from '../../../components/feedback/page-title'
import '../concerns.scss'

export const PAGE_SIZE = 20

const isStatus = (value: string | null): value is ConcernStatus =>
  value !== null && (STATUSES as readonly string[]).includes(value)

/** A page number from the address; anything odd is page 1. */
const pageFrom = (value: string | null): number => {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1
}

/** The address of the list with a status filter and page (page 1 and "all" are left out). */
export function listHref(status: ConcernStatus | undefined, page = 1): string {
  const params = new URLSearchParams()
  if (status) params.set('status', status)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return `/concerns${search ? `?${search}` : ''}`
}

/** `/concerns`: the councillor's own concerns, newest first, filtered by status in the URL. */
export function MyConcernsPage() {
  const user = useCurrentUser()
  return <MyConcerns userId={user.id} />
}

function MyConcerns({ userId }: { userId: string }) {
  const [params] = useSearchParams()
  const rawStatus = params.get('status')
  const status = isStatus(rawStatus) ? rawStatus : undefined
  const page = pageFrom(params.get('page'))
  const query: ConcernQuery = {
    page,
    pageSize: PAGE_SIZE,
    sort: 'newest',
    ...(status ? { status: [status] } : {}),
  }
  const list = useQuery(myConcernsQuery(query))
  // Another page's list, held while this one loads, is not this page's: with no signal to load
  // it, the page says so instead of passing the last one off as this one.
  const data = list.isPlaceholderData && list.fetchStatus === 'paused' ? undefined : list.data
  const divisions = useQuery(divisionsQuery())
  const themes = useQuery(riskThemeListQuery())
  const names = namesFrom(divisions.data, themes.data, undefined)
  const waiting = pendingOf(useOutbox(userId))
  const title = status ? `My concerns: ${STATUS_LABELS[status]}` : 'My concerns'

  return (
    <div className="app-concerns">
      <PageTitle text={page > 1 ? `${title} (page ${page})` : title} />
      <h1 className="govuk-heading-l">My concerns</h1>
      <p className="govuk-body">
        The concerns you have raised, newest first, and what has happened to each.{' '}
        <Link className="govuk-link app-link-target" to="/concerns/new">
          Raise a concern
        </Link>
      </p>

      {waiting.length > 0 && (
        <section className="app-waiting-list" aria-labelledby="waiting-heading">
          <h2 className="govuk-heading-m" id="waiting-heading">
            Not sent yet
          </h2>
          <p className="govuk-body">
            Saved on this device, to be sent when you are back online. They get a reference once
            they have gone.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {waiting.map((item) => (
              <li key={item.mutationId}>{item.variables.request.title}</li>
            ))}
          </ul>
        </section>
      )}

      {data && <StatusFilter current={status} counts={data.statusCounts} />}

      {/* Data first: a list kept from before stays when a refresh fails (the page's offline
          notice says how old it is). */}
      {data === undefined && (list.isError || list.fetchStatus === 'paused') ? (
        <LoadError
          what="your concerns"
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
          paused={list.fetchStatus === 'paused'}
        />
      ) : data === undefined ? (
        <Loading label="Loading your concerns" />
      ) : (
        <>
          <p className="govuk-body app-result-count" role="status">
            {data.total === 0
              ? ''
              : `${plural(data.total, 'concern')}${status ? ` ${STATUS_LABELS[status].toLowerCase()}` : ''}${
                  data.totalPages > 1 ? `, page ${page} of ${data.totalPages}` : ''
                }`}
          </p>
          {data.items.length === 0 ? (
            <EmptyList status={status} page={page} total={data.total} />
          ) : (
            <ul className="app-concerns-list">
              {data.items.map((item) => (
                <ConcernItem key={item.id} item={item} names={names} />
              ))}
            </ul>
          )}
          <Pagination
            page={page}
            totalPages={data.totalPages}
            hrefFor={(n) => listHref(status, n)}
            label="Pages of your concerns"
          />
        </>
      )}
    </div>
  )
}

function StatusFilter({
  current,
  counts,
}: {
  current: ConcernStatus | undefined
  counts: Partial<Record<ConcernStatus, number>>
}) {
  const total = STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
  const options: Array<[ConcernStatus | undefined, string, number]> = [
    [undefined, 'All', total],
    ...STATUSES.map((s): [ConcernStatus, string, number] => [s, STATUS_LABELS[s], counts[s] ?? 0]),
  ]
  return (
    <nav className="app-concerns-status-filter" aria-label="Filter by status">
      <ul className="app-concerns-status-filter__list">
        {options.map(([status, label, count]) => (
          <li key={status ?? 'all'} className="app-concerns-status-filter__item">
            <Link
              className={`app-concerns-status-filter__link${status === current ? ' app-concerns-status-filter__link--current' : ''}`}
              to={listHref(status)}
              aria-current={status === current ? 'true' : undefined}
            >
              {`${label} (${count})`}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function ConcernItem({ item, names }: { item: ConcernListItem; names: Names }) {
  return (
    <li className="app-concerns-item">
      <h2 className="govuk-heading-s app-concerns-item__title">
        <Link
          className="govuk-link app-concerns-item__link"
          to={`/concerns/${encodeURIComponent(item.id)}`}
        >
          {item.title}
        </Link>
      </h2>
      <p className="app-concerns-item__tags">
        <StatusTag status={item.status} />
        {item.unreadReplies > 0 && <NewReplyTag count={item.unreadReplies} />}
        {item.sample && <SampleTag />}
      </p>
      <dl className="app-concerns-item__meta">
        <div>
          <dt>Reference</dt>
          <dd>{item.reference}</dd>
        </div>
        <div>
          <dt>Raised</dt>
          <dd>{formatDate(item.createdAt)}</dd>
        </div>
        <div>
          <dt>Division</dt>
          <dd>{names.division(item.divisionId)}</dd>
        </div>
        <div>
          <dt>What it is about</dt>
          <dd>{names.about(item.themeId, item.subThemeId)}</dd>
        </div>
      </dl>
    </li>
  )
}

function EmptyList({
  status,
  page,
  total,
}: {
  status: ConcernStatus | undefined
  page: number
  total: number
}) {
  if (total > 0 && page > 1) {
    return (
      <p className="govuk-body">
        There is nothing on this page.{' '}
        <Link className="govuk-link" to={listHref(status)}>
          Go to the first page
        </Link>
      </p>
    )
  }
  if (status) {
    return (
      <p className="govuk-body">
        You have no concerns that are {STATUS_LABELS[status].toLowerCase()}.{' '}
        <Link className="govuk-link" to={listHref(undefined)}>
          Show all your concerns
        </Link>
      </p>
    )
  }
  return (
    <p className="govuk-body">
      You have not raised any concerns yet.{' '}
      <Link className="govuk-link app-link-target" to="/concerns/new">
        Raise a concern
      </Link>
    </p>
  )
}
