import { BarChart } from '../../../components/charts/bar-chart'
import { PercentChart } from '../../../components/charts/percent-chart'
import type { Figure, RiskTheme } from '../../../lib/api'
import { SourceNote } from './source-note'

export const isPercentFigure = (figure: Figure): figure is Figure & { value: number } =>
  figure.unit === '%' && figure.value !== null && figure.value >= 0 && figure.value <= 100

/**
 * A percentage the report gives, pictured as a share of a ring. Only the one number: the report
 * gives no earlier years, so no trend is drawn.
 */
export function PercentFigureChart({
  figure,
  heading,
  headingLevel = 3,
  className,
}: {
  figure: Figure & { value: number }
  heading: string
  headingLevel?: 2 | 3
  className?: string
}) {
  return (
    <PercentChart
      heading={heading}
      headingLevel={headingLevel}
      takeaway={`${shareInWords(figure.value)}: ${figure.display} ${figure.label}.`}
      value={figure.value}
      display={figure.display}
      label={figure.label}
      note={<SourceNote paragraph={figure.sourceParagraph} />}
      className={className}
    />
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

/** Concerns councillors have raised in this app under each risk theme (live from the API). */
export function ConcernsByThemeChart({
  themes,
  headingLevel = 3,
}: {
  themes: readonly RiskTheme[]
  headingLevel?: 2 | 3
}) {
  const bars = themes.map((theme) => ({ label: theme.title, count: theme.concernCount }))
  const total = bars.reduce((sum, bar) => sum + bar.count, 0)
  const top = [...bars].sort((a, b) => b.count - a.count)[0]
  const takeaway =
    total === 0 || !top
      ? 'No concerns have been raised in this app yet.'
      : `${total} ${total === 1 ? 'concern has' : 'concerns have'} been raised in this app; the most under “${top.label}” (${top.count}).`
  return (
    <BarChart
      heading="Concerns raised under each risk theme"
      headingLevel={headingLevel}
      takeaway={takeaway}
      bars={bars}
      columns={['Risk theme', 'Concerns']}
      unit="concerns"
      note={
        <p className="app-board-source">
          Source: concerns raised by councillors in this app (counted by the server).
        </p>
      }
    />
  )
}
