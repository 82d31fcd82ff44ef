import type { CountBar } from '../../../components/charts/chart-types'
import type { ConcernStats } from '../../../lib/api'
import { OPEN_STATUSES, plural, STATUS_LABELS } from '../labels'
import { lazyDateFormat } from '../../../lib/format/date-format'

export const TOP_DIVISIONS = 10

const monthFormat = lazyDateFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortMonthFormat = lazyDateFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "2025-03" → "March 2025" (or "Mar 2025" when short). */
export const monthName = (month: string, short = false): string =>
  (short ? shortMonthFormat : monthFormat).format(new Date(`${month}-01T00:00:00Z`))

const percent = (count: number, total: number) => Math.round((count * 100) / total)

/** "A", "A and B", "A, B and C", quoted. */
const listOf = (labels: readonly string[]) => {
  const quoted = labels.map((label) => `“${label}”`)
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`
}

/** The bars with the highest count (several when they tie); none when every count is 0. */
function leaders(bars: readonly CountBar[]): CountBar[] {
  const top = Math.max(0, ...bars.map((bar) => bar.count))
  return top === 0 ? [] : bars.filter((bar) => bar.count === top)
}

export const NO_CONCERNS = 'No concerns were raised in this period.'

export const themeBars = (stats: ConcernStats): CountBar[] =>
  stats.byTheme.map((theme) => ({ label: theme.title, count: theme.count }))

export function themeTakeaway(stats: ConcernStats): string {
  const top = leaders(themeBars(stats))
  if (stats.total === 0 || top.length === 0) return NO_CONCERNS
  const first = top[0]
  if (!first) return NO_CONCERNS
  if (stats.total === 1) return `The one concern was raised under “${first.label}”.`
  if (top.length > 1) {
    return `${listOf(top.map((bar) => bar.label))} had the most concerns, ${first.count} each (of ${stats.total}).`
  }
  return `Most concerns were raised under “${first.label}”: ${first.count} of ${stats.total} (${percent(first.count, stats.total)}%).`
}

/** The ten divisions with the most concerns, then one bar for all the others together. */
export function divisionBars(stats: ConcernStats): CountBar[] {
  const sorted = [...stats.byDivision].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'),
  )
  const bars = sorted.slice(0, TOP_DIVISIONS).map((d) => ({ label: d.name, count: d.count }))
  const rest = sorted.slice(TOP_DIVISIONS)
  if (rest.length > 0) {
    bars.push({
      label: `The rest (${plural(rest.length, 'division')})`,
      count: rest.reduce((sum, d) => sum + d.count, 0),
    })
  }
  return bars
}

export function divisionTakeaway(stats: ConcernStats): string {
  const named = stats.byDivision.map((d) => ({ label: d.name, count: d.count }))
  const top = leaders(named)
  const first = top[0]
  if (stats.total === 0 || !first) return NO_CONCERNS
  if (stats.total === 1) return `The one concern came from ${first.label}.`
  const from = `Concerns came from ${plural(stats.byDivision.length, 'division')}`
  const most =
    top.length > 1
      ? top.length <= 3
        ? `${listOf(top.map((bar) => bar.label))} raised the most, ${first.count} each`
        : `${top.length} divisions raised the most, ${first.count} each`
      : `“${first.label}” raised the most (${first.count})`
  if (stats.byDivision.length <= TOP_DIVISIONS) return `${from}; ${most}.`
  const topTen = divisionBars(stats)
    .slice(0, TOP_DIVISIONS)
    .reduce((sum, bar) => sum + bar.count, 0)
  return `${from}; ${most}. The ten with the most raised ${percent(topTen, stats.total)}% of them.`
}

export function monthTakeaway(stats: ConcernStats): string {
  const months = stats.byMonth.map((m) => ({ label: monthName(m.month), count: m.count }))
  const top = leaders(months)
  const first = top[0]
  if (stats.total === 0 || !first) return NO_CONCERNS
  if (months.length === 1) {
    return stats.total === 1
      ? `The one concern was raised in ${first.label}.`
      : `All ${stats.total} concerns were raised in ${first.label}.`
  }
  const span = `Over ${plural(months.length, 'month')}, from ${months[0]?.label ?? ''} to ${months[months.length - 1]?.label ?? ''}`
  if (top.length > 1) {
    return `${span}, the busiest months had ${plural(first.count, 'concern')} each: ${top
      .slice(0, 3)
      .map((m) => m.label)
      .join(', ')}${top.length > 3 ? ' and others' : ''}.`
  }
  return `${span}, the busiest was ${first.label} with ${plural(first.count, 'concern')}.`
}

export function statusTakeaway(stats: ConcernStats): string {
  if (stats.total === 0) return NO_CONCERNS
  const count = (status: string) => stats.byStatus.find((s) => s.status === status)?.count ?? 0
  const open = OPEN_STATUSES.reduce((sum, status) => sum + count(status), 0)
  const waiting = count('submitted')
  if (stats.total === 1) {
    const only = stats.byStatus.find((s) => s.count === 1)
    return `The one concern is ${only ? STATUS_LABELS[only.status].toLowerCase() : 'recorded'}.`
  }
  const openText =
    open === 0
      ? `None of the ${stats.total} concerns is still open`
      : `${open} of ${stats.total} concerns ${open === 1 ? 'is' : 'are'} still open (submitted, acknowledged or in review)`
  const waitingText =
    waiting === 0 ? '' : `; ${waiting} ${waiting === 1 ? 'has' : 'have'} not been acknowledged yet`
  return `${openText}${waitingText}.`
}
