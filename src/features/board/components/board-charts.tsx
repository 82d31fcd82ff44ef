import type { Figure, RiskTheme } from '../../../lib/api'
import { LazyCountBarChart, LazyPercentRadialChart } from '../charts/lazy-charts'
import { ChartFrame } from './chart-frame'

const PERCENT_HEIGHT = 220

export const isPercentFigure = (figure: Figure): figure is Figure & { value: number } =>
  figure.unit === '%' && figure.value !== null && figure.value >= 0 && figure.value <= 100

/**
 * A percentage the report gives, pictured as a share of a ring. Only the one number: the report
 * gives no earlier years, so no trend is drawn.
 */
export function PercentFigureChart({
  figure,
  heading,
  headingLevel,
}: {
  figure: Figure & { value: number }
  heading: string
  headingLevel?: 2 | 3
}) {
  return (
    <ChartFrame
      heading={heading}
      headingLevel={headingLevel}
      takeaway={`${shareInWords(figure.value)}: ${figure.display} ${figure.label}.`}
      height={PERCENT_HEIGHT}
      sourceParagraph={figure.sourceParagraph}
      table={{
        caption: heading,
        columns: ['Measure', 'Share'],
        rows: [[capitalise(figure.label), figure.display]],
      }}
    >
      <LazyPercentRadialChart
        value={figure.value}
        display={figure.display}
        label={figure.label}
        height={PERCENT_HEIGHT}
      />
    </ChartFrame>
  )
}

/** A plain-words reading of a percentage, so the takeaway needs no picture. */
export function shareInWords(value: number): string {
  if (value === 0) return 'None'
  if (value === 100) return 'All'
  if (value < 25) return 'Fewer than a quarter'
  if (value < 45) return 'Fewer than half'
  if (value < 50) return 'Just under half'
  if (value === 50) return 'Half'
  if (value <= 55) return 'Just over half'
  if (value < 75) return 'More than half'
  return 'More than three quarters'
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)

/** Concerns councillors have raised in this app under each risk theme (live from the API). */
export function ConcernsByThemeChart({
  themes,
  headingLevel,
}: {
  themes: readonly RiskTheme[]
  headingLevel?: 2 | 3
}) {
  const heading = 'Concerns raised under each risk theme'
  const bars = themes.map((theme) => ({ label: theme.title, count: theme.concernCount }))
  const total = bars.reduce((sum, bar) => sum + bar.count, 0)
  const top = [...bars].sort((a, b) => b.count - a.count)[0]
  const takeaway =
    total === 0 || !top
      ? 'No concerns have been raised in this app yet.'
      : `${total} ${total === 1 ? 'concern has' : 'concerns have'} been raised in this app; the most under “${top.label}” (${top.count}).`
  const height = 48 * Math.max(bars.length, 1) + 40
  return (
    <ChartFrame
      heading={heading}
      headingLevel={headingLevel}
      takeaway={takeaway}
      height={height}
      sourceNote="Source: concerns raised by councillors in this app (counted by the server)."
      table={{
        caption: heading,
        columns: ['Risk theme', 'Concerns'],
        rows: bars.map((bar) => [bar.label, String(bar.count)]),
      }}
    >
      <LazyCountBarChart bars={bars} unit="concerns" height={height} />
    </ChartFrame>
  )
}
