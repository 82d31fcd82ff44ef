import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { divisionsQuery, isApiError, riskThemeListQuery } from '../../../lib/api'
import { useDocumentTitle } from '../../../components/feedback/document-title'
import { Loading } from '../../../components/feedback/loading'
import { queueQuery } from '../api/review-queries'
import { namesFrom, plural } from '../labels'
import {
  hasFilters,
  queueSearch,
  queueSearchParams,
  readQueueView,
  toConcernQuery,
  DEFAULT_VIEW,
  type QueueView,
} from './worklist-view'
import { ExportButton } from '../export/export-button'
import { Pagination } from '../../../components/pagination/pagination'
import { QueueFilters } from './worklist-filters'
import { QueueList } from './worklist-list'
import { QueueTable } from './worklist-table'
import { FlagFilters } from './flag-filters'
import { StatusTabs } from './status-tabs'
import { useWideScreen } from './use-wide-screen'
import { LoadError } from '../../../components/feedback/load-error'
import '../review.scss'
import { formatCount } from '../../../lib/format/count'

const TITLE = 'Concerns to review'

/**
 * /review, the chair's home: the open concerns, longest waiting first, unless the address says
 * otherwise. Status tabs, flag filters, filters, sort, paging and page size all live in the URL.
 * A table on a wide screen, a compact list on a tablet held upright.
 */
export function WorklistPage() {
  const [params, setParams] = useSearchParams()
  const search = params.toString()
  const view = useMemo(() => readQueueView(new URLSearchParams(search)), [search])
  const queue = useQuery(queueQuery(toConcernQuery(view)))
  const divisions = useQuery(divisionsQuery())
  const themes = useQuery(riskThemeListQuery())
  const names = useMemo(() => namesFrom(divisions.data, themes.data), [divisions.data, themes.data])
  const [filterError, setFilterError] = useState<{ search: string; message: string } | null>(null)
  const error = filterError?.search === search ? filterError.message : null
  useDocumentTitle(TITLE, { error: error !== null })

  const apply = (next: QueueView) => setParams(queueSearchParams(next))
  const page = queue.data
  const firstShown = page ? (page.page - 1) * page.pageSize + 1 : 0
  const lastShown = page ? firstShown + page.items.length - 1 : 0
  const wide = useWideScreen()
  const narrowed = hasFilters(view) || view.statuses.length > 0 || view.flag !== ''

  return (
    <div className="app-review">
      <div className="app-review__heading">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          <Link className="govuk-link app-link-target" to="/review/insights">
            See patterns across divisions and risk themes
          </Link>
        </p>
      </div>

      <StatusTabs view={view} counts={page?.statusCounts} />
      <FlagFilters view={view} counts={page?.flagCounts} />

      <div className="app-review__layout">
        <div className="app-review__filters">
          <QueueFilters
            key={search}
            view={view}
            error={error}
            onError={(message) => setFilterError(message === null ? null : { search, message })}
            divisions={divisions.data}
            themes={themes.data}
            onApply={apply}
          />
        </div>

        <div className="app-review__results" aria-busy={queue.isFetching}>
          {queue.isPending && queue.fetchStatus !== 'paused' && (
            <Loading label="Loading the concerns" />
          )}
          {queue.isError && !page && isApiError(queue.error) && queue.error.status === 400 ? (
            // A link with a filter the server does not know (an old or mistyped address).
            <div className="govuk-inset-text" role="alert">
              <p className="govuk-body">
                This address asks for a filter the server does not recognise
                {Object.keys(queue.error.fieldErrors).length > 0
                  ? ` (${Object.keys(queue.error.fieldErrors).join(', ')})`
                  : ''}
                .
              </p>
              <p className="govuk-body">
                <Link
                  className="govuk-link app-link-target"
                  to={{ search: queueSearch({ ...DEFAULT_VIEW, statuses: [] }) }}
                >
                  Show every concern
                </Link>
              </p>
            </div>
          ) : (
            (queue.isError || queue.fetchStatus === 'paused') &&
            !page && (
              <LoadError
                what="the concerns"
                error={queue.error}
                onRetry={() => void queue.refetch()}
                retrying={queue.isFetching}
                paused={queue.fetchStatus === 'paused'}
              />
            )
          )}
          {page && (
            <>
              <div className="app-review__summary">
                <p className="govuk-body app-review__count" role="status">
                  {page.total === 0
                    ? 'No concerns match.'
                    : page.items.length === 0
                      ? `There is no page ${view.page}: ${plural(page.total, 'concern')} match.`
                      : `Showing ${formatCount(firstShown)} to ${formatCount(lastShown)} of ${plural(page.total, 'concern')}`}
                </p>
                <ExportButton key={search} view={view} total={page.total} />
              </div>
              {queue.isError && (
                <p className="govuk-error-message" role="alert">
                  <span className="govuk-visually-hidden">Error:</span> The latest list could not be
                  loaded; this is the last one shown.
                </p>
              )}
              {page.total === 0 && (
                <div className="govuk-inset-text">
                  <p className="govuk-body">
                    {narrowed
                      ? 'No concerns match these filters.'
                      : 'No concerns have been raised yet.'}
                  </p>
                  {narrowed && (
                    <p className="govuk-body">
                      <Link
                        className="govuk-link app-link-target"
                        to={{ search: queueSearch({ ...DEFAULT_VIEW, statuses: [] }) }}
                      >
                        Show every concern
                      </Link>
                    </p>
                  )}
                </div>
              )}
              {page.items.length > 0 &&
                (wide ? (
                  <QueueTable items={page.items} names={names} view={view} />
                ) : (
                  <QueueList items={page.items} names={names} view={view} />
                ))}
              <Pagination
                page={page.page}
                totalPages={page.totalPages}
                label="Pages of concerns"
                hrefFor={(n) => ({ search: queueSearch({ ...view, page: n }) })}
              />
            </>
          )}
        </div>
      </div>
    </div>
  )
}
