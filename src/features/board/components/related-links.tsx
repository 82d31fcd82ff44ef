import type { UseQueryResult } from '@tanstack/react-query'
import { useId } from 'react'
import { Link } from 'react-router'
import { LoadError } from '../../../components/feedback/load-error'
import { retryProps } from './loaded'

/**
 * "Related objectives" or "Related risk themes": a link to each of `ids`, named from the query's
 * data (`fallback` until it arrives; kept when a refresh fails), or why it could not be loaded.
 * Nothing when there are none.
 */
export function RelatedLinks<T extends { id: string }, E>({
  heading,
  what,
  query,
  ids,
  to,
  title,
  fallback,
}: {
  heading: string
  /** What could not be loaded, e.g. "the objectives". */
  what: string
  query: UseQueryResult<readonly T[], E>
  ids: readonly string[]
  to: (id: string) => string
  title: (item: T) => string
  fallback: string
}) {
  const headingId = useId()
  if (ids.length === 0) return null
  const titleOf = (id: string) => {
    const item = query.data?.find((candidate) => candidate.id === id)
    return item ? title(item) : fallback
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="app-board-subheading">
        {heading}
      </h2>
      {query.data === undefined && (query.isError || query.fetchStatus === 'paused') ? (
        <LoadError what={what} headingLevel={3} {...retryProps(query)} />
      ) : (
        <ul className="app-board-link-list">
          {ids.map((id) => (
            <li key={id}>
              <Link className="govuk-link app-link-target" to={to(id)}>
                {titleOf(id)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
