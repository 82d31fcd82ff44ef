import { Link } from 'react-router'
import type { SessionUser } from '../../lib/api'
import { SERVICE_NAME } from '../../components/feedback/document-title'
import { useSignOut } from '../../features/session'
import { useSignOutGuard } from '../../features/concerns'
import { AppNav } from './app-nav'

/** The council's own header: service name and Board, no crown (this is not a GOV.UK service). */
export function AppHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="app-header">
      <div className="app-header__container app-width-container">
        <div className="app-header__brand">
          <Link to="/" className="app-header__service">
            {SERVICE_NAME}
          </Link>
          <span className="app-header__organisation">Oxfordshire Safeguarding Children Board</span>
        </div>
        {user && <AccountControls user={user} />}
      </div>
      {user && <AppNav role={user.role} />}
    </header>
  )
}

function AccountControls({ user }: { user: SessionUser }) {
  const signOut = useSignOut()
  // Warns first when concerns are waiting to send or drafts are unsent: sign-out deletes them.
  const guard = useSignOutGuard(user.id, () => signOut.mutate())
  return (
    <div className="app-header__account">
      <p className="app-header__user">
        <span className="govuk-visually-hidden">Signed in as </span>
        {user.name}
        <span className="app-header__role">
          {user.role === 'chair' ? 'Independent chair' : 'Councillor'}
        </span>
      </p>
      <button
        type="button"
        className="app-header__sign-out"
        onClick={guard.requestSignOut}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
      {guard.warning}
      {signOut.isError && (
        <p className="app-header__error" role="alert">
          You are still signed in: the app could not reach the server. Try again.
        </p>
      )}
    </div>
  )
}
