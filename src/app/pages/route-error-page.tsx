import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from '../../components/feedback/status-pages'
import { ServiceProblem } from '../../components/feedback/service-problem'

/**
 * When a page fails to load or crashes. A page's code that cannot be fetched (no signal, or a new
 * version was deployed) is the usual cause: reloading fixes both.
 */
export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <ServiceProblem
      reason="This page could not be shown. Reloading the page usually fixes this."
      onRetry={() => window.location.reload()}
    />
  )
}
