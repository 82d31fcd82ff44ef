import { lazy, Suspense } from 'react'
import { Loading } from '../../components/feedback/loading'

/*
 * The 404 page is loaded when someone needs it, like the 403 page: few ever see it, and the
 * first bundle has no room for its words.
 */
const load = () => import('../../components/feedback/status-pages')

/** For a route: an address the app does not know. */
export const loadNotFoundPage = async () => ({ Component: (await load()).NotFoundPage })

const NotFound = lazy(async () => ({ default: (await load()).NotFoundPage }))

/** The 404 page where a component, not a route, decides that nothing is here. */
export function LazyNotFoundPage() {
  return (
    <Suspense fallback={<Loading />}>
      <NotFound />
    </Suspense>
  )
}
