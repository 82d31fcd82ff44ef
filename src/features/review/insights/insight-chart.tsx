import { Suspense, useId, useState } from 'react'
import { LazyBarChart } from './lazy-charts'
import type { CountBar } from './insights-data'

interface InsightChartProps {
  heading: string
  /** The one thing the numbers say, computed from them, so nobody needs the picture. */
  takeaway: string
  bars: readonly CountBar[]
  columns: readonly [string, string]
  layout: 'horizontal' | 'vertical'
}

const ROW_HEIGHT = 36

/**
 * Heading, takeaway, a chart (loaded lazily, with a same-size placeholder) and a "Show as table"
 * switch to a real table of the same numbers.
 */
export function InsightChart({ heading, takeaway, bars, columns, layout }: InsightChartProps) {
  const [asTable, setAsTable] = useState(false)
  const headingId = useId()
  const bodyId = useId()
  // Long labels wrap beside their bar (up to four lines on a phone): each row makes room for them.
  const longest = Math.max(0, ...bars.map((bar) => bar.label.length))
  const rowHeight = Math.max(ROW_HEIGHT, Math.min(4, Math.ceil(longest / 16)) * 17 + 12)
  const height = layout === 'horizontal' ? rowHeight * Math.max(bars.length, 1) + 16 : 280
  const empty = bars.every((bar) => bar.count === 0)
  return (
    <section className="app-insight" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m app-insight__heading" id={headingId}>
        {heading}
      </h2>
      <p className="govuk-body app-insight__takeaway">{takeaway}</p>
      {!empty && (
        <>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-insight__toggle"
            aria-controls={bodyId}
            onClick={() => setAsTable((value) => !value)}
          >
            {asTable ? 'Show as chart' : 'Show as table'}{' '}
            <span className="govuk-visually-hidden">for {heading.toLowerCase()}</span>
          </button>
          <div
            id={bodyId}
            className="app-insight__body"
            style={{ minHeight: asTable ? undefined : height }}
          >
            {asTable ? (
              <table className="govuk-table app-insight__table">
                <caption className="govuk-table__caption govuk-table__caption--s">
                  {heading}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      {columns[0]}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {columns[1]}
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {bars.map((bar) => (
                    <tr className="govuk-table__row" key={bar.label}>
                      <th scope="row" className="govuk-table__header">
                        {bar.label}
                      </th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        {bar.count.toLocaleString('en-GB')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Suspense
                fallback={
                  <div className="app-insight__placeholder" style={{ height }}>
                    <span className="govuk-visually-hidden">Loading the chart</span>
                  </div>
                }
              >
                <LazyBarChart
                  bars={bars}
                  unit="concerns"
                  layout={layout}
                  height={height}
                  label={`Bar chart, ${heading.toLowerCase()}`}
                />
              </Suspense>
            )}
          </div>
        </>
      )}
    </section>
  )
}
