import type { ReactNode } from 'react'
import { LoadError } from '../../../components/feedback/load-error'
import { Loading } from '../../../components/feedback/loading'
import { PageTitle } from '../../../components/feedback/page-title'
import { useReferenceData } from '../api/use-reference-data'
import type { ReferenceData } from './validation'

/**
 * A page of the form that needs the lists (divisions, themes, objectives): until they arrive it
 * keeps its title and heading, with a loading message or the reason they did not load.
 */
export function WithReferenceData({
  title,
  backLink,
  what,
  loading,
  children,
}: {
  title: string
  backLink?: ReactNode
  /** What could not be loaded, for LoadError ("the lists this form needs"). */
  what: string
  loading: string
  children: (reference: ReferenceData) => ReactNode
}) {
  const reference = useReferenceData()
  if (reference.data) return children(reference.data)
  return (
    <div className="app-concerns">
      <PageTitle text={title} />
      {backLink}
      <h1 className="govuk-heading-l">{title}</h1>
      {reference.isError || reference.isPaused ? (
        <LoadError
          what={what}
          error={reference.error}
          onRetry={reference.refetch}
          retrying={reference.isFetching}
          paused={reference.isPaused}
        />
      ) : (
        <Loading label={loading} />
      )}
    </div>
  )
}
