import { Suspense, useId, useState, type ReactNode } from 'react'
import { ChartPlaceholder } from './chart-placeholder'
import './chart.scss'

export interface ChartTable {
  /** What the rows are, and what the numbers are, e.g. ['Risk theme', 'Concerns']. */
  columns: readonly [string, string]
  /** Each row's name and its number as printed. */
  rows: readonly (readonly [string, string])[]
}

export interface ChartFrameProps {
  heading: string
  headingLevel?: 2 | 3
  /** The one thing the numbers say, in a sentence, so nobody needs the picture. */
  takeaway: string
  /** The same numbers as a table (its caption is the heading). */
  table: ChartTable
  /** Fixed so the placeholder, the chart and the layout around them never jump. */
  height: number
  /** The picture, loaded lazily; null when there is nothing to draw (then the takeaway says so). */
  picture: ReactNode
  /** Under the chart, e.g. where the numbers come from. */
  note?: ReactNode
  /** Extra classes for the chart's place in its page. */
  className?: string
}

/** "Concerns by status" → "concerns by status", for the end of a sentence. */
export const lowerFirst = (text: string) =>
  text.charAt(0).toLocaleLowerCase('en-GB') + text.slice(1)

/**
 * Heading, takeaway, a chart (lazy, with a same-size placeholder) and a "Show as table" switch to
 * a real table of the same numbers. The chart is never the only way to get them.
 */
export function ChartFrame({
  heading,
  headingLevel = 2,
  takeaway,
  table,
  height,
  picture,
  note,
  className,
}: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false)
  const headingId = useId()
  const bodyId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className={`app-chart${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="govuk-heading-m app-chart__heading">
        {heading}
      </Heading>
      <p className="govuk-body app-chart__takeaway">{takeaway}</p>
      {picture !== null && (
        <>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-chart__toggle"
            aria-controls={bodyId}
            onClick={() => setAsTable((value) => !value)}
          >
            {asTable ? 'Show as chart' : 'Show as table'}{' '}
            <span className="govuk-visually-hidden">for {lowerFirst(heading)}</span>
          </button>
          <div
            id={bodyId}
            className="app-chart__body"
            style={{ minHeight: asTable ? undefined : height }}
          >
            {asTable ? (
              <Table caption={heading} table={table} />
            ) : (
              <Suspense fallback={<ChartPlaceholder height={height} />}>{picture}</Suspense>
            )}
          </div>
        </>
      )}
      {note}
    </section>
  )
}

function Table({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <table className="govuk-table app-chart__table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
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
  )
}
