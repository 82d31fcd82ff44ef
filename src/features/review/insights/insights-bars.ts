import type { ConcernStats } from '../../../lib/api'
import { STATUS_LABELS } from '../labels'
import { divisionBars, monthName, TOP_DIVISIONS } from './insights-data'
import type { LinkedBar } from './linked-bars'
import { monthRange, queueLinkFor } from './queue-links'

type Range = { from: string; to: string }

export const linkedThemeBars = (stats: ConcernStats, range: Range): LinkedBar[] =>
  stats.byTheme.map((theme) => ({
    label: theme.title,
    count: theme.count,
    to: queueLinkFor({ theme: theme.themeId, ...range }),
  }))

/** As divisionBars: the ten with most, then "the rest", which no one filter can show. */
export function linkedDivisionBars(stats: ConcernStats, range: Range): LinkedBar[] {
  const ids = new Map(stats.byDivision.map((d) => [d.name, d.divisionId]))
  return divisionBars(stats).map((bar, index) => {
    const id = index < TOP_DIVISIONS ? ids.get(bar.label) : undefined
    return { ...bar, to: id === undefined ? null : queueLinkFor({ division: id, ...range }) }
  })
}

/** Every month named ("Mar 2026"), each a link to the days it shares with the range. */
export const linkedMonthBars = (stats: ConcernStats, range: Range): LinkedBar[] =>
  stats.byMonth.map((month) => ({
    label: monthName(month.month, true),
    count: month.count,
    to: queueLinkFor(monthRange(month.month, range)),
  }))

export const linkedStatusBars = (stats: ConcernStats, range: Range): LinkedBar[] =>
  stats.byStatus.map((status) => ({
    label: STATUS_LABELS[status.status],
    count: status.count,
    to: queueLinkFor({ status: status.status, ...range }),
  }))
