import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { Loading } from '../../components/feedback/loading'
import { lazyPage } from '../lazy-page'
import { useSessionChangesFromOtherTabs } from '../../features/session'
import { useSessionIdentity } from '../guards/session-identity'
import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'
import { MAIN_CONTENT_ID, SkipLink } from './skip-link'
import { useFocusMainHeadingOnNavigate } from './use-focus-heading'

// Their own chunk: both banners are rare (an update waiting, a concern waiting to send), and the
// first bundle has no room for them. Fetched beside the first page's code (src/main.tsx), so the
// first render draws them, rather than a second render a moment later; the production build's
// worker precaches it.
const { Page: Banners, preload: preloadBanners } = lazyPage(() =>
  import('./banners').then((m) => m.Banners),
)
export { preloadBanners }

/** Every page: skip link, header and navigation, the page itself in <main>, footer. */
export function AppLayout() {
  const { shownUser } = useSessionIdentity()
  useFocusMainHeadingOnNavigate()
  useSessionChangesFromOtherTabs()
  return (
    <div className="app-layout">
      <SkipLink />
      <AppHeader user={shownUser} />
      <div className="app-width-container app-layout__body">
        <main className="govuk-main-wrapper app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Suspense fallback={null}>
            <Banners />
          </Suspense>
          {/* A page whose code is still on its way (the first page's is fetched before the
              first render, others when first opened) says so here, inside the header and footer. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <AppFooter />
    </div>
  )
}
