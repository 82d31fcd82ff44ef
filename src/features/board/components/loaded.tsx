import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { LoadError } from '../../../components/feedback/load-error'

/** What a load error needs from the query that failed: why, and a way to ask again. */
export const retryProps = <T, E>(query: UseQueryResult<T, E>) => ({
  error: query.error,
  onRetry: () => void query.refetch(),
  retrying: query.isFetching,
  paused: query.fetchStatus === 'paused',
})

/**
 * A query's data as `children` draws it, including data kept from before when a refresh fails (the
 * page's offline notice says how old it is); its skeletons while loading; or, with nothing to
 * show, why: no signal (and it loads by itself when the signal returns) or the server's answer.
 */
export function Loaded<T, E>({
  query,
  what,
  headingLevel,
  skeletons,
  children,
}: {
  query: UseQueryResult<T, E>
  /** What could not be loaded, e.g. "the objectives". */
  what: string
  headingLevel?: 2 | 3
  skeletons: ReactNode
  children: (data: T) => ReactNode
}) {
  if (query.data !== undefined) return children(query.data)
  if (query.isError || (query.isPending && query.fetchStatus === 'paused')) {
    return <LoadError what={what} headingLevel={headingLevel} {...retryProps(query)} />
  }
  return skeletons
}
