import { Suspense, useId, useState, type ReactNode } from 'react'
import { SourceNote } from './source-note'

export interface ChartTable {
  caption: string
  columns: readonly [string, string]
  rows: readonly (readonly [string, string])[]
}

export interface ChartFrameProps {
  heading: string
  headingLevel?: 2 | 3
  /** The one thing the chart shows, in a sentence, so nobody needs the picture. */
  takeaway: string
  table: ChartTable
  /** Fixed so the placeholder, the chart and the layout around them never jump. */
  height: number
  sourceParagraph?: number
  /** A note on where the numbers come from when they are not the report's. */
  sourceNote?: string
  children: ReactNode
}

/**
 * Heading, takeaway, chart (lazy, with a same-size placeholder) and a "Show as table" switch to a
 * real table. The chart is never the only way to get the numbers.
 */
export function ChartFrame({
  heading,
  headingLevel = 3,
  takeaway,
  table,
  height,
  sourceParagraph,
  sourceNote,
  children,
}: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false)
  const headingId = useId()
  const bodyId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="app-chart" aria-labelledby={headingId}>
      <Heading id={headingId} className="app-chart__heading">
        {heading}
      </Heading>
      <p className="app-chart__takeaway">{takeaway}</p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-chart__toggle"
        aria-controls={bodyId}
        onClick={() => setAsTable((value) => !value)}
      >
        {asTable ? 'Show as chart' : 'Show as table'}
        <span className="govuk-visually-hidden">{`: ${heading}`}</span>
      </button>
      <div id={bodyId} className="app-chart__body" style={{ minHeight: height }}>
        {asTable ? (
          <table className="govuk-table app-chart__table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {table.caption}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {table.columns[0]}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {table.columns[1]}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {table.rows.map(([name, value]) => (
                <tr className="govuk-table__row" key={name}>
                  <th scope="row" className="govuk-table__header">
                    {name}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Suspense
            fallback={
              <div className="app-chart__placeholder" style={{ height }}>
                <span className="govuk-visually-hidden">Loading the chart</span>
              </div>
            }
          >
            {children}
          </Suspense>
        )}
      </div>
      {sourceParagraph !== undefined && <SourceNote paragraph={sourceParagraph} />}
      {sourceNote && <p className="app-source">{sourceNote}</p>}
    </section>
  )
}
