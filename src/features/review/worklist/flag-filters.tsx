import { Link } from 'react-router'
import type { FlagCounts } from '../../../lib/api'
import type { QueueFlag } from '../api/review-queries'
import { queueSearch, type QueueView } from './worklist-view'
import { formatCount } from '../../../lib/format/count'

const FILTERS: ReadonlyArray<{ flag: QueueFlag; label: string; count: keyof FlagCounts }> = [
  { flag: 'awaiting-reply', label: 'Awaiting your reply', count: 'awaitingReply' },
  { flag: 'councillor-replied', label: 'Councillor replied', count: 'councillorReplied' },
  { flag: 'personal-data', label: 'Personal data flagged', count: 'personalData' },
]

/**
 * What waits on the chair, as filters of their own with counts under the other filters
 * (decision 0015's flagCounts). A link each, so the filter is in the address; "Any flag" takes
 * it off.
 */
export function FlagFilters({ view, counts }: { view: QueueView; counts: FlagCounts | undefined }) {
  return (
    <nav className="app-review-flag-filters" aria-label="Concerns that need you">
      <ul className="app-review-flag-filters__list">
        {FILTERS.map(({ flag, label, count }) => {
          const current = view.flag === flag
          const n = counts?.[count]
          return (
            <li key={flag}>
              <Link
                className={`app-review-flag-filters__link${current ? ' app-review-flag-filters__link--current' : ''}`}
                to={{ search: queueSearch({ ...view, flag, page: 1 }) }}
                aria-current={current ? 'page' : undefined}
              >
                {label}
                {n !== undefined && ` (${formatCount(n)})`}
              </Link>
            </li>
          )
        })}
        {view.flag !== '' && (
          <li>
            <Link
              className="govuk-link app-review-flag-filters__clear"
              to={{ search: queueSearch({ ...view, flag: '', page: 1 }) }}
            >
              Any flag
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
