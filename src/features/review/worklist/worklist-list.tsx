import { Link } from 'react-router'
import type { ConcernListItem, ConcernSort } from '../../../lib/api'
import { ageInWords, formatShortDate, type Names } from '../labels'
import { ReplyState, SampleTag, StatusTag } from '../status-tag'

interface QueueListProps {
  items: readonly ConcernListItem[]
  names: Names
  sort: ConcernSort
  /** The queue's own search, so the concern page can link back to this exact view. */
  queueSearch: string
  now?: Date
}

/**
 * The concerns as summary cards: one column of cards on a tablet held upright or a phone, and
 * the facts side by side in a row on wider screens. The whole card title is the link: a large
 * target for a finger, and no small controls.
 */
export function QueueList({ items, names, sort, queueSearch, now = new Date() }: QueueListProps) {
  return (
    <ul className="app-review-worklist" aria-label="Concerns">
      {items.map((item) => (
        <li key={item.id} className="govuk-summary-card app-review-worklist-item">
          <div className="govuk-summary-card__title-wrapper app-review-worklist-item__header">
            <h2 className="govuk-summary-card__title app-review-worklist-item__title">
              <Link
                className="govuk-link app-review-worklist-item__link"
                to={`/review/${encodeURIComponent(item.id)}`}
                state={{ queueSearch }}
              >
                <span className="app-review-worklist-item__reference">{item.reference}</span>{' '}
                <span className="app-review-worklist-item__text">{item.title}</span>
              </Link>
            </h2>
            <p className="app-review-worklist-item__tags">
              <StatusTag status={item.status} />
              {item.councillorReplied && (
                <strong className="govuk-tag govuk-tag--blue">Councillor replied</strong>
              )}
              {item.personalDataFlagged && (
                <strong className="govuk-tag govuk-tag--orange">Personal data flagged</strong>
              )}
              {item.sample && <SampleTag />}
            </p>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list app-review-worklist-item__facts">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Division</dt>
                <dd className="govuk-summary-list__value">{names.division(item.divisionId)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Risk theme</dt>
                <dd className="govuk-summary-list__value">{names.theme(item.themeId)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Raised</dt>
                <dd className="govuk-summary-list__value">
                  {formatShortDate(item.createdAt)}{' '}
                  <span className="app-review-worklist-item__age">
                    ({ageInWords(item.createdAt, now)}
                    {ageInWords(item.createdAt, now) === 'today' ? '' : ' ago'})
                  </span>
                </dd>
              </div>
              {sort === 'waiting' && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Last change</dt>
                  <dd className="govuk-summary-list__value">
                    {ageInWords(item.updatedAt, now) === 'today'
                      ? 'Today'
                      : `${ageInWords(item.updatedAt, now)} ago`}
                  </dd>
                </div>
              )}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Reply</dt>
                <dd className="govuk-summary-list__value">
                  <ReplyState item={item} />
                </dd>
              </div>
            </dl>
          </div>
        </li>
      ))}
    </ul>
  )
}
