import { Link, type To } from 'react-router'
import './pagination.scss'

/** Page numbers to show: the first, the last, and the current one with its neighbours; gaps between. */
export function pageNumbers(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1])
  const numbers = [...wanted].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  const result: (number | 'gap')[] = []
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1]
    if (previous !== undefined && n - previous > 1) result.push('gap')
    result.push(n)
  })
  return result
}

export interface PaginationProps {
  page: number
  totalPages: number
  /** Where a page is, e.g. `/concerns?page=3` or `{ search: '?status=submitted&page=3' }`. */
  hrefFor: (page: number) => To
  /** The navigation's name for screen readers, e.g. "Pages of concerns". */
  label: string
}

/** The GOV.UK pagination component, with links so every page has its own address. */
export function Pagination({ page, totalPages, hrefFor, label }: PaginationProps) {
  if (totalPages <= 1) return null
  return (
    <nav className="govuk-pagination app-pagination" aria-label={label}>
      {page > 1 && <Step direction="prev" to={hrefFor(page - 1)} />}
      <ul className="govuk-pagination__list">
        {pageNumbers(page, totalPages).map((n, index) =>
          n === 'gap' ? (
            <li
              key={`gap-${index}`}
              className="govuk-pagination__item govuk-pagination__item--ellipses"
            >
              &ctdot;
            </li>
          ) : (
            <li
              key={n}
              className={`govuk-pagination__item${n === page ? ' govuk-pagination__item--current' : ''}`}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? 'page' : undefined}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < totalPages && <Step direction="next" to={hrefFor(page + 1)} />}
    </nav>
  )
}

// GOV.UK's arrows: the previous one before its words, the next one after them.
const STEPS = {
  prev: {
    words: 'Previous',
    arrow:
      'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  },
  next: {
    words: 'Next',
    arrow:
      'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
  },
} as const

/** The "Previous page" or "Next page" link, with its arrow. */
function Step({ direction, to }: { direction: keyof typeof STEPS; to: To }) {
  const { words, arrow } = STEPS[direction]
  const icon = (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrow} />
    </svg>
  )
  return (
    <div className={`govuk-pagination__${direction}`}>
      <Link className="govuk-link govuk-pagination__link" to={to} rel={direction}>
        {direction === 'prev' && icon}
        <span className="govuk-pagination__link-title">
          {words} <span className="govuk-visually-hidden">page</span>
        </span>
        {direction === 'next' && icon}
      </Link>
    </div>
  )
}
