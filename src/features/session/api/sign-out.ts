import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
// Not the api index: the header (first bundle) uses this, the index would add every schema.
import { apiSend } from '../../../lib/api/client'
import type { SessionUser } from '../../../lib/api/schemas/session'
import { clearAllClientState, sessionKeys } from '../../../lib/query'
import { SIGN_IN_PATH } from '../return-to'

/** What the sign-in page says after the app sent the user there. */
export type SignInNotice = 'signed-out' | 'demo-reset'

export interface SignInLocationState {
  notice?: SignInNotice
}

/**
 * Ends the session on the server, then forgets everything on this device and shows sign-in with
 * a confirmation. If the server cannot be reached nothing is cleared: the user is still signed in
 * there, and the error says so.
 */
export function useSignOut() {
  return useEndSession(['sign-out'], () => apiSend('/session', { method: 'DELETE' }), 'signed-out')
}

/** Demo only: puts the sample data back (which also signs everyone out), then as sign-out. */
export function useResetDemoData() {
  return useEndSession(
    ['demo-reset'],
    () => apiSend('/demo/reset', { method: 'POST' }),
    'demo-reset',
  )
}

function useEndSession(key: string[], end: () => Promise<void>, notice: SignInNotice) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationKey: [...sessionKeys.all, ...key],
    mutationFn: end,
    networkMode: 'always',
    retry: false,
    onSuccess: () => {
      const state: SignInLocationState = { notice }
      // The move to sign-in and the clear are drawn together, in one render after this: the
      // signed-in pages never see the session gone (they would ask for it again, or send the
      // user to sign-in without this notice), and nothing of the user is drawn on sign-in.
      const user = queryClient.getQueryData<SessionUser | null>(sessionKeys.current())
      void navigate(SIGN_IN_PATH, { state })
      // Demo reset puts every user's data back, so nothing of anyone's is kept.
      clearAllClientState(queryClient, notice === 'signed-out' ? (user?.id ?? null) : null)
      queryClient.setQueryData(sessionKeys.current(), null)
    },
  })
}
