import { lazy, Suspense } from 'react'
import { Outlet } from 'react-router'
import { useSession } from '../../lib/query'
import { useSessionChangesFromOtherTabs } from '../../features/session'
import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'
import { MAIN_CONTENT_ID, SkipLink } from './skip-link'
import { useFocusMainHeadingOnNavigate } from './use-focus-heading'

// Loaded as the shell first renders, not before it: both banners are rare (an update waiting, a
// concern waiting to send), and the first bundle has no room for them. The request starts at the
// first render, while there is still signal, and the production build's worker precaches it.
const Banners = lazy(() => import('./banners').then((m) => ({ default: m.Banners })))

/** Every page: skip link, header and navigation, the page itself in <main>, footer. */
export function AppLayout() {
  const session = useSession()
  useFocusMainHeadingOnNavigate()
  useSessionChangesFromOtherTabs()
  return (
    <div className="app-layout">
      <SkipLink />
      <AppHeader user={session.data ?? null} />
      <div className="app-width-container app-layout__body">
        <main className="govuk-main-wrapper app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Suspense fallback={null}>
            <Banners />
          </Suspense>
          <Outlet />
        </main>
      </div>
      <AppFooter />
    </div>
  )
}
