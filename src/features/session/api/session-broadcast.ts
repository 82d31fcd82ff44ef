import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { clearAllClientState, sessionKeys } from '../../../lib/query'
import { SIGN_IN_PATH } from '../return-to'
import type { SignInLocationState } from './sign-out'

/*
 * Every tab of the app shares one session cookie, so a sign-out or sign-in in one tab changes who
 * the others are talking to. Without a word between tabs, a second tab kept showing the previous
 * user's concerns (and autosaving their draft) until its next request failed.
 */

const CHANNEL = 'eyes-and-ears.session'

type SessionChange = 'signed-out' | 'signed-in'

let shared: BroadcastChannel | null | undefined

/**
 * One channel object per tab, for sending and receiving: a channel never hears its own messages,
 * but a second object in the same tab would, and the tab that signed in would then restart itself.
 */
function channel(): BroadcastChannel | null {
  if (shared === undefined) {
    shared = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  }
  return shared
}

/** Tells the app's other tabs in this browser that the session changed here. */
export function announceSessionChange(change: SessionChange): void {
  channel()?.postMessage(change)
}

/**
 * In every tab: when another tab signs out, forget everything here and show sign-in; when another
 * tab signs someone in, start again as that user.
 */
export function useSessionChangesFromOtherTabs(): void {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  useEffect(() => {
    const receiver = channel()
    if (!receiver) return
    const onMessage = (event: MessageEvent<SessionChange>) => {
      void (async () => {
        if (event.data === 'signed-out') {
          const state: SignInLocationState = { notice: 'signed-out' }
          // Off the signed-in pages first, so none of them asks for its data again mid-clear.
          await navigate(SIGN_IN_PATH, { state, replace: true })
          clearAllClientState(queryClient)
          queryClient.setQueryData(sessionKeys.current(), null)
        } else {
          // A fresh start as whoever is signed in now: nothing of the previous user stays in
          // this tab's memory, and every page asks again.
          window.location.assign('/')
        }
      })()
    }
    receiver.addEventListener('message', onMessage)
    return () => receiver.removeEventListener('message', onMessage)
  }, [queryClient, navigate])
}
