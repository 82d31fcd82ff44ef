import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { LoadError } from '../../../components/feedback/load-error'

/** What a load error needs from the query that failed: why, and a way to ask again. */
export const retryProps = <T, E>(query: UseQueryResult<T, E>) => ({
  error: query.error,
  onRetry: () => void query.refetch(),
  retrying: query.isFetching,
})

/** A query's data as `children` draws it; its skeletons while loading; or why it failed. */
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
  if (query.isPending) return skeletons
  if (query.isError) {
    return <LoadError what={what} headingLevel={headingLevel} {...retryProps(query)} />
  }
  return children(query.data)
}
