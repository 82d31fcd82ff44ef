import type { ReactNode } from 'react'
import { ChartFrame, lowerFirst } from './chart-frame'
import type { BarLayout, CountBar } from './chart-types'
import { LazyCountBars } from './lazy-charts'
import { WhenNearViewport } from './when-near-viewport'
import { formatCount } from '../../lib/format/count'

export interface BarChartProps {
  heading: string
  headingLevel?: 2 | 3
  /** The one thing the numbers say, computed from them, so nobody needs the picture. */
  takeaway: string
  bars: readonly CountBar[]
  /** The table's column headings: what the bars are, and what they count. */
  columns: readonly [string, string]
  /** What the bars count, for the image's name, e.g. "concerns". */
  unit: string
  layout?: BarLayout
  note?: ReactNode
  className?: string
}

const ROW_HEIGHT = 36
const COLUMNS_HEIGHT = 280

/** The chart's height: rows make room for long labels, which wrap (up to four lines on a phone). */
function barChartHeight(bars: readonly CountBar[], layout: BarLayout): number {
  if (layout === 'vertical') return COLUMNS_HEIGHT
  const longest = Math.max(0, ...bars.map((bar) => bar.label.length))
  const rowHeight = Math.max(ROW_HEIGHT, Math.min(4, Math.ceil(longest / 16)) * 17 + 12)
  return rowHeight * Math.max(bars.length, 1) + 16
}

/** Counts as a bar chart (drawn only when there is something to draw), or as a table. */
export function BarChart({ bars, columns, unit, layout = 'horizontal', ...frame }: BarChartProps) {
  const height = barChartHeight(bars, layout)
  const label = `Bar chart, ${lowerFirst(frame.heading)}: ${bars
    .map((bar) => `${bar.label} ${bar.count}`)
    .join(', ')} ${unit}`
  return (
    <ChartFrame
      {...frame}
      height={height}
      table={{
        columns,
        rows: bars.map((bar) => [bar.label, formatCount(bar.count)]),
      }}
      picture={
        bars.every((bar) => bar.count === 0) ? null : (
          <WhenNearViewport height={height}>
            <LazyCountBars bars={bars} layout={layout} height={height} label={label} />
          </WhenNearViewport>
        )
      }
    />
  )
}
