import { Link } from 'react-router'
import type { ConcernListItem } from '../../../lib/api'
import { SampleTag, StatusTag } from '../status-tag'
import type { Names } from '../labels'
import { ConcernFlags, waitingWords } from './concern-flags'
import { queueSearch, type QueueView } from './worklist-view'

interface QueueTableProps {
  items: readonly ConcernListItem[]
  names: Names
  view: QueueView
  now?: Date
}

/**
 * The queue as a compact table on a wide screen: one line or two per concern, so a morning's
 * queue is seen at once. Reference (when raised) and Waiting are the orders the API can sort by;
 * their headers are links, so the order is in the address like every other part of the view.
 */
export function QueueTable({ items, names, view, now = new Date() }: QueueTableProps) {
  const raisedSort = view.sort === 'newest' ? 'oldest' : 'newest'
  return (
    <table className="govuk-table app-review-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Concerns, {SORT_CAPTIONS[view.sort]}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th
            scope="col"
            className="govuk-table__header app-review-table__reference"
            aria-sort={
              view.sort === 'newest' ? 'descending' : view.sort === 'oldest' ? 'ascending' : 'none'
            }
          >
            <Link
              className="govuk-link app-review-table__sort"
              to={{ search: queueSearch({ ...view, sort: raisedSort, page: 1 }) }}
            >
              Reference
              <span className="govuk-visually-hidden">
                , sort {raisedSort === 'newest' ? 'newest' : 'oldest'} first
              </span>
            </Link>
          </th>
          <th scope="col" className="govuk-table__header app-review-table__title">
            Concern
          </th>
          <th scope="col" className="govuk-table__header app-review-table__division">
            Division
          </th>
          <th scope="col" className="govuk-table__header app-review-table__theme">
            Risk theme
          </th>
          <th scope="col" className="govuk-table__header app-review-table__status">
            Status
          </th>
          <th
            scope="col"
            className="govuk-table__header app-review-table__waiting"
            aria-sort={view.sort === 'waiting' ? 'descending' : 'none'}
          >
            {view.sort === 'waiting' ? (
              'Waiting'
            ) : (
              <Link
                className="govuk-link app-review-table__sort"
                to={{ search: queueSearch({ ...view, sort: 'waiting', page: 1 }) }}
              >
                Waiting
                <span className="govuk-visually-hidden">, sort longest waiting first</span>
              </Link>
            )}
          </th>
          <th scope="col" className="govuk-table__header app-review-table__flags">
            Flags
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr key={item.id} className="govuk-table__row">
            <td className="govuk-table__cell app-review-table__reference">
              {item.reference}
              {/* Under the reference, where the table has room for it. */}
              {item.sample && <SampleTag />}
            </td>
            <td className="govuk-table__cell app-review-table__title">
              <Link
                className="govuk-link app-review-table__link"
                to={`/review/${encodeURIComponent(item.id)}${queueSearch(view)}`}
              >
                {item.title}
              </Link>
            </td>
            <td className="govuk-table__cell app-review-table__division">
              <span className="app-review-table__clamp">{names.division(item.divisionId)}</span>
            </td>
            <td className="govuk-table__cell app-review-table__theme">
              <span className="app-review-table__clamp">{names.theme(item.themeId)}</span>
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={item.status} />
            </td>
            <td className="govuk-table__cell app-review-table__waiting">
              {waitingWords(item, now)}
            </td>
            <td className="govuk-table__cell app-review-table__flags">
              <ConcernFlags item={{ ...item, sample: false }} words="short" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const SORT_CAPTIONS = {
  newest: 'newest first',
  oldest: 'oldest first',
  waiting: 'longest waiting first',
} as const
