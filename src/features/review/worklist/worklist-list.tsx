import { Link } from 'react-router'
import type { ConcernListItem } from '../../../lib/api'
import type { Names } from '../labels'
import { StatusTag } from '../status-tag'
import { ConcernFlags, waitingWords } from './concern-flags'
import { queueSearch, type QueueView } from './worklist-view'

interface QueueListProps {
  items: readonly ConcernListItem[]
  names: Names
  view: QueueView
  now?: Date
}

/**
 * The queue as a compact list on a tablet held upright: the table's facts in three short lines
 * per concern (reference and title; division and theme; status, waiting and flags). The title is
 * the link, a finger's height, and carries the view so the concern page can step through it.
 */
export function QueueList({ items, names, view, now = new Date() }: QueueListProps) {
  return (
    <ul className="app-review-worklist" aria-label="Concerns">
      {items.map((item) => (
        <li key={item.id} className="app-review-worklist-item">
          <h2 className="app-review-worklist-item__title">
            <Link
              className="govuk-link app-review-worklist-item__link"
              to={`/review/${encodeURIComponent(item.id)}${queueSearch(view)}`}
            >
              <span className="app-review-worklist-item__reference">{item.reference}</span>{' '}
              <span className="app-review-worklist-item__text">{item.title}</span>
            </Link>
          </h2>
          <p className="app-review-worklist-item__where">
            <span className="govuk-visually-hidden">Division: </span>
            {names.division(item.divisionId)}
            <span aria-hidden="true"> · </span>
            <span className="govuk-visually-hidden">Risk theme: </span>
            {names.theme(item.themeId)}
          </p>
          <div className="app-review-worklist-item__state">
            <StatusTag status={item.status} />
            <span className="app-review-worklist-item__waiting">
              {/* The table's column header says "Waiting"; here the words say it. */}
              {waitingWords(item, now, 'alone')}
            </span>
            <ConcernFlags item={item} />
          </div>
        </li>
      ))}
    </ul>
  )
}
