import { useState } from 'react'
import { Navigate, Outlet, useSearchParams } from 'react-router'
import { useCurrentUser } from '../../../lib/query'
import { RaiseConcernProvider, useRaiseConcern } from './raise-concern-context'
import '../concerns.scss'

/**
 * `/concerns/new/*`: holds the answers across the steps. `?theme=<id>` (from a risk theme's
 * page) preselects that theme.
 */
export function RaiseConcernLayout() {
  const user = useCurrentUser()
  const [params] = useSearchParams()
  const [themeId] = useState(() => params.get('theme') ?? '')
  return (
    <RaiseConcernProvider user={user} initialThemeId={themeId}>
      <Outlet />
    </RaiseConcernProvider>
  )
}

/** The form and check answers only after the safeguarding interruption (or a resumed draft). */
export function RequireStarted() {
  const { started } = useRaiseConcern()
  if (!started) return <Navigate to="/concerns/new" replace />
  return <Outlet />
}
