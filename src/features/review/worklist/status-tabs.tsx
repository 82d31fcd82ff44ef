import { Link } from 'react-router'
import { STATUSES, type ConcernStatus } from '../../../lib/api'
import { OPEN_STATUSES, STATUS_LABELS } from '../labels'
import { queueSearch, sameStatuses, type QueueView } from './worklist-view'
import { formatCount } from '../../../lib/format/count'

interface Tab {
  label: string
  statuses: readonly ConcernStatus[]
}

// Open first: it is the chair's home (the view with no status in the address).
const TABS: readonly Tab[] = [
  { label: 'Open', statuses: OPEN_STATUSES },
  ...STATUSES.map((status) => ({ label: STATUS_LABELS[status], statuses: [status] })),
  { label: 'All', statuses: [] },
]

/**
 * One link per status (and "All", "Open"), each with how many concerns it holds under the other
 * filters, from the API's statusCounts. Links, not buttons: each view has its own address.
 */
export function StatusTabs({
  view,
  counts,
}: {
  view: QueueView
  counts: Readonly<Record<ConcernStatus, number>> | undefined
}) {
  const countOf = (statuses: readonly ConcernStatus[]) =>
    counts === undefined
      ? undefined
      : (statuses.length === 0 ? STATUSES : statuses).reduce(
          (sum, status) => sum + (counts[status] ?? 0),
          0,
        )
  return (
    <nav className="app-review-status-tabs" aria-label="Concerns by status">
      <ul className="app-review-status-tabs__list">
        {TABS.map((tab) => {
          const current = sameStatuses(view.statuses, tab.statuses)
          const count = countOf(tab.statuses)
          return (
            <li key={tab.label} className="app-review-status-tabs__item">
              <Link
                className={`app-review-status-tabs__link${current ? ' app-review-status-tabs__link--current' : ''}`}
                to={{ search: queueSearch({ ...view, statuses: [...tab.statuses], page: 1 }) }}
                aria-current={current ? 'page' : undefined}
              >
                <span className="app-review-status-tabs__label">{tab.label}</span>{' '}
                {count !== undefined && (
                  <span className="app-review-status-tabs__count">
                    {formatCount(count)}{' '}
                    <span className="govuk-visually-hidden">
                      {count === 1 ? 'concern' : 'concerns'}
                    </span>
                  </span>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
