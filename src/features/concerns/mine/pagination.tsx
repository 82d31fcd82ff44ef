import { Link } from 'react-router'

/** The first, the last, and the current page with its neighbours; gaps between. */
export function pageNumbers(page: number, totalPages: number): Array<number | 'gap'> {
  const wanted = [...new Set([1, totalPages, page - 1, page, page + 1])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  const result: Array<number | 'gap'> = []
  wanted.forEach((n, index) => {
    const previous = wanted[index - 1]
    if (previous !== undefined && n - previous > 1) result.push('gap')
    result.push(n)
  })
  return result
}

/** GOV.UK pagination; every page has its own address. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="govuk-pagination" aria-label="Pages of your concerns">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
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
      {page < totalPages && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  )
}
