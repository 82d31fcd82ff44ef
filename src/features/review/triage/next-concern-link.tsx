import { Link } from 'react-router'
import type { NextConcern } from './next-concern'

/** "Next concern in this view", or where the view ends. */
export function NextConcernLink({ next }: { next: NextConcern }) {
  if (next.state === 'found') {
    return (
      <Link className="govuk-link app-review-next" to={next.href}>
        Next concern in this view
      </Link>
    )
  }
  if (next.state === 'last') {
    return <span className="app-review-next">This is the last concern in this view.</span>
  }
  return null
}
