import { useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { useDocumentTitle } from '../../../components/feedback/document-title'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { DateInput } from '../../../components/form'
import { Loading } from '../../../components/feedback/loading'
import { summaryQuery } from '../api/review-queries'
import { divisionTakeaway, monthTakeaway, statusTakeaway, themeTakeaway } from './insights-data'
import {
  linkedDivisionBars,
  linkedMonthBars,
  linkedStatusBars,
  linkedThemeBars,
} from './insights-bars'
import { LinkedBars, type LinkedBar } from './linked-bars'
import { ThemeDivisionTable } from './theme-division-table'
import { formatDate, plural } from '../labels'
import { isCalendarDate } from '../worklist/worklist-view'
import { ChartFrame } from '../../../components/charts/chart-frame'
import type { ConcernStats } from '../../../lib/api'
import { LoadError } from '../../../components/feedback/load-error'
import '../review.scss'
import './insights.scss'
import { formatCount } from '../../../lib/format/count'

const TITLE = 'Patterns in concerns'
/** The four charts, in order: what the bars are, and how they are counted and read. */
const CHARTS: readonly {
  heading: string
  column: string
  bars: (stats: ConcernStats, range: { from: string; to: string }) => LinkedBar[]
  takeaway: (stats: ConcernStats) => string
  layout: 'stacked' | 'inline'
}[] = [
  {
    heading: 'Concerns by risk theme',
    column: 'Risk theme',
    bars: linkedThemeBars,
    takeaway: themeTakeaway,
    layout: 'stacked',
  },
  {
    heading: 'Concerns by division',
    column: 'Division',
    bars: linkedDivisionBars,
    takeaway: divisionTakeaway,
    layout: 'stacked',
  },
  {
    heading: 'Concerns by month raised',
    column: 'Month',
    bars: linkedMonthBars,
    takeaway: monthTakeaway,
    layout: 'inline',
  },
  {
    heading: 'Concerns by status',
    column: 'Status',
    bars: linkedStatusBars,
    takeaway: statusTakeaway,
    layout: 'inline',
  },
]
const DATE_ORDER_ERROR = '‘To’ must be the same as or after ‘From’'

const dateParam = (params: URLSearchParams, name: string) => {
  const value = params.get(name) ?? ''
  return isCalendarDate(value) ? value : ''
}

/** /review/insights: concerns by risk theme, division, month and status, for a date range. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams()
  const from = dateParam(params, 'from')
  const to = dateParam(params, 'to')
  const summary = useQuery(summaryQuery({ from: from || undefined, to: to || undefined }))
  const [error, setError] = useState<{ key: string; message: string } | null>(null)
  const rangeKey = `${from}|${to}`
  const shownError = error?.key === rangeKey ? error.message : null
  useDocumentTitle(TITLE, { error: shownError !== null })

  const stats = summary.data
  const period =
    from && to
      ? `raised from ${formatDate(from)} to ${formatDate(to)}`
      : from
        ? `raised on or after ${formatDate(from)}`
        : to
          ? `raised on or before ${formatDate(to)}`
          : 'raised so far'

  return (
    <div className="app-review app-review-insights">
      <Link className="govuk-back-link app-review__back" to="/review">
        Back to the concerns
      </Link>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Counts of the concerns councillors have raised in this app, to see where and what they are
        about. Each chart can be read as a table.
      </p>

      <RangeForm
        key={rangeKey}
        from={from}
        to={to}
        error={shownError}
        onError={(message) => setError(message === null ? null : { key: rangeKey, message })}
        onApply={(next) => {
          const search = new URLSearchParams()
          if (next.from) search.set('from', next.from)
          if (next.to) search.set('to', next.to)
          setParams(search)
        }}
      />

      {summary.isPending && summary.fetchStatus !== 'paused' && (
        <Loading label="Loading the counts" />
      )}
      {(summary.isError || summary.fetchStatus === 'paused') && !stats && (
        <LoadError
          what="the counts"
          error={summary.error}
          onRetry={() => void summary.refetch()}
          retrying={summary.isFetching}
          paused={summary.fetchStatus === 'paused'}
        />
      )}
      {stats && (
        <div aria-busy={summary.isFetching}>
          <p className="govuk-body-l app-review-insights__total" role="status">
            {stats.total === 0
              ? `No concerns ${period}.`
              : `${plural(stats.total, 'concern')} ${period}.`}
          </p>
          {stats.total === 0 ? (
            <div className="govuk-inset-text">
              <p className="govuk-body">
                There is nothing to chart for this period. Try a wider date range, or{' '}
                <Link className="govuk-link" to="/review/insights">
                  show every concern
                </Link>
                .
              </p>
            </div>
          ) : (
            <>
              <div className="app-review-insights__charts">
                {CHARTS.map((chart) => {
                  const bars = chart.bars(stats, { from, to })
                  return (
                    <ChartFrame
                      key={chart.heading}
                      heading={chart.heading}
                      takeaway={chart.takeaway(stats)}
                      height={0}
                      table={{
                        columns: [chart.column, 'Concerns'],
                        rows: bars.map((bar) => [bar.label, formatCount(bar.count)]),
                      }}
                      picture={
                        <LinkedBars
                          bars={bars}
                          label={chart.heading}
                          unit="concerns"
                          layout={chart.layout}
                        />
                      }
                    />
                  )
                })}
              </div>
              <ThemeDivisionTable stats={stats} range={{ from, to }} />
            </>
          )}
        </div>
      )}
    </div>
  )
}

interface RangeFormProps {
  from: string
  to: string
  error: string | null
  onError: (message: string | null) => void
  onApply: (range: { from: string; to: string }) => void
}

function RangeForm({ from, to, error, onError, onApply }: RangeFormProps) {
  const [draft, setDraft] = useState({ from, to })
  const [attempts, setAttempts] = useState(0)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAttempts((count) => count + 1)
    if (draft.from && draft.to && draft.from > draft.to) return onError(DATE_ORDER_ERROR)
    onError(null)
    onApply(draft)
  }
  return (
    <form className="app-review-range" onSubmit={submit} noValidate aria-label="Date range">
      <ErrorSummary
        errors={error ? [{ fieldId: 'range-to', message: error }] : []}
        focusKey={attempts}
      />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Concerns raised between
        </legend>
        <div className="app-review-range__fields">
          <DateInput
            id="range-from"
            label="From"
            value={draft.from}
            onChange={(value) => setDraft((d) => ({ ...d, from: value }))}
          />
          <DateInput
            id="range-to"
            label="To"
            value={draft.to}
            error={error}
            onChange={(value) => setDraft((d) => ({ ...d, to: value }))}
          />
          <div className="govuk-button-group app-review-range__buttons">
            <button type="submit" className="govuk-button">
              Show
            </button>
            {(from || to) && (
              <Link className="govuk-link app-link-target" to="/review/insights">
                All dates
              </Link>
            )}
          </div>
        </div>
      </fieldset>
    </form>
  )
}
