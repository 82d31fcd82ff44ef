import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ServiceProblem } from '../../components/feedback/service-problem'
import { LazyNotFoundPage } from './not-found'

/**
 * When a page fails to load or crashes. A page's code that cannot be fetched (no signal, or a new
 * version was deployed) is the usual cause: reloading fixes both.
 */
export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <LazyNotFoundPage />
  return (
    <ServiceProblem
      reason="This page could not be shown. Reloading the page usually fixes this."
      onRetry={() => window.location.reload()}
    />
  )
}
