/*
 * The only module that imports Recharts. It is loaded with React.lazy (lazy-charts.ts), so
 * Recharts stays out of the first bundle. Each chart is one labelled image: the same numbers are
 * in the takeaway and the table, and every bar carries its count in text, so colour is never what
 * tells the numbers apart.
 */
import {
  Bar,
  BarChart,
  LabelList,
  PolarAngleAxis,
  RadialBar,
  RadialBarChart,
  XAxis,
  YAxis,
} from 'recharts'
import type { BarLayout, CountBar } from './chart-types'
import { useWidth } from './use-width'

// GOV.UK palette: blue for what is measured, a light grey track for the rest of a scale.
const MEASURED = '#1d70b8'
const TRACK = '#dfe1e2'
const TEXT = '#0b0c0c'

export interface CountBarsProps {
  bars: readonly CountBar[]
  layout: BarLayout
  height: number
  /** The image's name for screen readers, with the numbers, e.g. "Bar chart, …: A 2, B 1 concerns". */
  label: string
}

/** Counts as bars, each with its number printed at its end. */
export function CountBars({ bars, layout, height, label }: CountBarsProps) {
  const data = bars.map((bar) => ({ ...bar }))
  const [ref, width] = useWidth<HTMLDivElement>()
  const horizontal = layout === 'horizontal'
  // Rows: labels take up to 220px but never more than 45% of a narrow screen (bars need room too).
  const labelWidth = width > 0 ? Math.min(220, Math.round(width * 0.45)) : 200
  // Columns: only as many names as fit are printed under them.
  const every = width > 0 ? Math.max(1, Math.ceil((bars.length * 64) / width)) : 1
  const axis = { tick: { fill: TEXT, fontSize: 14 }, tickLine: false, axisLine: { stroke: TEXT } }
  return (
    <div ref={ref} role="img" aria-label={label} className="app-chart__canvas">
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={
          horizontal
            ? { top: 4, right: 48, bottom: 4, left: 4 }
            : { top: 24, right: 28, bottom: 8, left: 28 }
        }
        accessibilityLayer={false}
      >
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis type="category" dataKey="label" width={labelWidth} interval={0} {...axis} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={every - 1} {...axis} />
            <YAxis type="number" allowDecimals={false} hide />
          </>
        )}
        <Bar
          dataKey="count"
          fill={MEASURED}
          isAnimationActive={false}
          barSize={horizontal ? 24 : undefined}
        >
          <LabelList
            dataKey="count"
            position={horizontal ? 'right' : 'top'}
            fill={TEXT}
            fontSize={15}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </div>
  )
}

export interface PercentRingProps {
  /** The percentage, 0–100. */
  value: number
  /** The figure as it is printed, e.g. "48.2%". */
  display: string
  /** The image's name for screen readers. */
  label: string
  height: number
}

/** One percentage as a ring filled to that share of 100%, with the number printed in the middle. */
export function PercentRing({ value, display, label, height }: PercentRingProps) {
  return (
    <div role="img" aria-label={label} className="app-chart__canvas">
      <RadialBarChart
        responsive
        style={{ width: '100%', height }}
        data={[{ name: label, value }]}
        innerRadius="72%"
        outerRadius="100%"
        startAngle={90}
        endAngle={-270}
        accessibilityLayer={false}
      >
        <PolarAngleAxis type="number" domain={[0, 100]} tick={false} axisLine={false} />
        <RadialBar
          dataKey="value"
          background={{ fill: TRACK }}
          fill={MEASURED}
          isAnimationActive={false}
        />
        <text
          x="50%"
          y="50%"
          textAnchor="middle"
          dominantBaseline="central"
          fill={TEXT}
          fontSize={32}
          fontWeight={700}
        >
          {display}
        </text>
      </RadialBarChart>
    </div>
  )
}
