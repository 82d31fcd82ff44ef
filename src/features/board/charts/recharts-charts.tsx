/*
 * The only module that imports Recharts. It is loaded with React.lazy (see lazy-charts.ts), so
 * Recharts stays out of the first bundle. The charts are pictures of numbers the page also gives
 * in words and as a table, so they are hidden from assistive technology as one labelled image.
 */
import { useEffect, useRef, useState } from 'react'
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

// GOV.UK palette: blue for the measured part, a light grey track for the rest of the scale.
const MEASURED = '#1d70b8'
const TRACK = '#dfe1e2'
const TEXT = '#0b0c0c'

export interface PercentChartProps {
  /** The percentage the report gives, 0–100. */
  value: number
  /** The figure exactly as the report prints it, e.g. "48.2%". */
  display: string
  label: string
  height: number
}

/** One percentage as a ring filled to that share of 100%, with the number printed in the middle. */
export function PercentRadialChart({ value, display, label, height }: PercentChartProps) {
  const data = [{ name: label, value }]
  return (
    <div role="img" aria-label={`${display} ${label}`} className="app-chart__canvas">
      <RadialBarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
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

export interface CountBar {
  label: string
  count: number
}

export interface CountBarChartProps {
  bars: readonly CountBar[]
  /** What the bars count, for the image's label, e.g. "concerns". */
  unit: string
  height: number
}

/** The element's width as it changes, so the chart can share it out between labels and bars. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

/** Counts side by side as horizontal bars, each with its number printed at its end. */
export function CountBarChart({ bars, unit, height }: CountBarChartProps) {
  const data = bars.map((bar) => ({ ...bar }))
  const summary = bars.map((bar) => `${bar.label}: ${bar.count} ${unit}`).join('; ')
  const [ref, width] = useWidth<HTMLDivElement>()
  // Labels take up to 200px but never more than 45% of a narrow screen: the bars need room too.
  const labelWidth = width > 0 ? Math.min(200, Math.round(width * 0.45)) : 200
  return (
    <div ref={ref} role="img" aria-label={summary} className="app-chart__canvas">
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={{ fill: TEXT, fontSize: 14 }}
          tickLine={false}
          axisLine={{ stroke: TEXT }}
        />
        <Bar dataKey="count" fill={MEASURED} isAnimationActive={false} barSize={28}>
          <LabelList dataKey="count" position="right" fill={TEXT} fontSize={16} fontWeight={700} />
        </Bar>
      </BarChart>
    </div>
  )
}
