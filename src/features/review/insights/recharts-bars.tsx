/*
 * The only module of the review feature that imports Recharts; it is loaded lazily (lazy-charts.ts).
 * Each chart is one labelled image: the same numbers are in the takeaway and the table, and every
 * bar carries its count and its label in text, so colour is never what tells bars apart.
 */
import { useEffect, useRef, useState } from 'react'
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts'
import type { CountBar } from './insights-data'

const BAR = '#1d70b8'
const TEXT = '#0b0c0c'

export interface CountBarsProps {
  bars: readonly CountBar[]
  /** What one unit is, for the image's label, e.g. "concerns". */
  unit: string
  /** 'horizontal': one row per bar, labels on the left (categories); 'vertical': columns (months). */
  layout: 'horizontal' | 'vertical'
  height: number
  /** The image's name for screen readers, e.g. "Bar chart of concerns by risk theme". */
  label: string
}

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

export function CountBars({ bars, unit, layout, height, label }: CountBarsProps) {
  const data = bars.map((bar) => ({ ...bar }))
  const [ref, width] = useWidth<HTMLDivElement>()
  const summary = `${label}: ${bars.map((bar) => `${bar.label} ${bar.count}`).join(', ')} ${unit}`
  if (layout === 'horizontal') {
    const labelWidth = width > 0 ? Math.min(220, Math.round(width * 0.45)) : 200
    return (
      <div ref={ref} role="img" aria-label={summary} className="app-insight__canvas">
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
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
            interval={0}
          />
          <Bar dataKey="count" fill={BAR} isAnimationActive={false} barSize={24}>
            <LabelList
              dataKey="count"
              position="right"
              fill={TEXT}
              fontSize={15}
              fontWeight={700}
            />
          </Bar>
        </BarChart>
      </div>
    )
  }
  // Columns, one per month; only as many month names as fit are printed under them.
  const every = width > 0 ? Math.max(1, Math.ceil((bars.length * 64) / width)) : 1
  return (
    <div ref={ref} role="img" aria-label={summary} className="app-insight__canvas">
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        margin={{ top: 24, right: 28, bottom: 8, left: 28 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="label"
          tick={{ fill: TEXT, fontSize: 13 }}
          tickLine={false}
          axisLine={{ stroke: TEXT }}
          interval={every - 1}
        />
        <YAxis type="number" allowDecimals={false} hide />
        <Bar dataKey="count" fill={BAR} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" fill={TEXT} fontSize={13} fontWeight={700} />
        </Bar>
      </BarChart>
    </div>
  )
}
