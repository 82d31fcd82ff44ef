import { Outlet } from 'react-router'
import { useSession } from '../../lib/query'
import { OutboxBanner } from '../../features/concerns'
import { UpdateBanner } from '../pwa/update-banner'
import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'
import { MAIN_CONTENT_ID, SkipLink } from './skip-link'
import { useFocusMainHeadingOnNavigate } from './use-focus-heading'

/** Every page: skip link, header and navigation, the page itself in <main>, footer. */
export function AppLayout() {
  const session = useSession()
  useFocusMainHeadingOnNavigate()
  return (
    <div className="app-layout">
      <SkipLink />
      <AppHeader user={session.data ?? null} />
      <div className="app-width-container app-layout__body">
        <main className="govuk-main-wrapper app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
          <UpdateBanner />
          <OutboxBanner />
          <Outlet />
        </main>
      </div>
      <AppFooter />
    </div>
  )
}
