import { useEffect, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import {
  clearAllClientState,
  forgetPersonalQueries,
  sessionKeys,
  useSession,
} from '../../../lib/query'
import { SIGN_IN_PATH } from '../return-to'
import type { SignInLocationState } from './sign-out'

/*
 * Every tab of the app shares one session cookie, so a sign-out or sign-in in one tab changes who
 * the others are talking to. Without a word between tabs, a second tab kept showing the previous
 * user's concerns (and autosaving their draft) until its next request failed.
 *
 * Each tab says who it now knows to be signed in whenever that changes (a sign-in, a sign-out, a
 * session the server ended), and follows what the others say. Watching the session, rather than
 * the sign-in and sign-out buttons, keeps this in the shell: the sign-in page's chunk importing it
 * split the first bundle into several files.
 */

const CHANNEL = 'eyes-and-ears.session'

/** Who a tab knows to be signed in: a user id, or null for nobody. */
interface SessionNews {
  userId: string | null
}

let shared: BroadcastChannel | null | undefined

/**
 * One channel object per tab, for sending and receiving: a channel never hears its own messages,
 * but a second object in the same tab would.
 */
function channel(): BroadcastChannel | null {
  if (shared === undefined) {
    shared = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  }
  return shared
}

/**
 * In every tab: tells the others when the session changes here; when another tab signs out,
 * forgets everything here and shows sign-in; when another tab signs someone in, starts again as
 * that user.
 */
export function useSessionChangesFromOtherTabs(): void {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  // undefined while the first answer is awaited: loading is not a change worth announcing.
  const session = useSession().data
  const userId = session === undefined ? undefined : (session?.id ?? null)
  const known = useRef<string | null | undefined>(undefined)

  useEffect(() => {
    if (userId === undefined) return
    const before = known.current
    known.current = userId
    if (before !== undefined && before !== userId) {
      const news: SessionNews = { userId }
      channel()?.postMessage(news)
    }
  }, [userId])

  useEffect(() => {
    const receiver = channel()
    if (!receiver) return
    const onMessage = (event: MessageEvent<SessionNews>) => {
      const theirs = event.data.userId
      // Already in step (e.g. the echo of a sign-out this tab followed): nothing to do.
      if (theirs === known.current) return
      known.current = theirs
      if (theirs === null) {
        const state: SignInLocationState = { notice: 'signed-out' }
        // The move and the clear are drawn in one render: no signed-in page sees the session
        // gone and asks for its data again.
        void navigate(SIGN_IN_PATH, { state, replace: true })
        clearAllClientState(queryClient)
        queryClient.setQueryData(sessionKeys.current(), null)
      } else {
        // A fresh start as whoever is signed in now: nothing of the previous user stays in
        // this tab's memory, and every page asks again. Their saved pages go first, or this
        // tab's save on leaving would write them back for the new user to read (decision 0016).
        forgetPersonalQueries(queryClient)
        window.location.assign('/')
      }
    }
    receiver.addEventListener('message', onMessage)
    return () => receiver.removeEventListener('message', onMessage)
  }, [queryClient, navigate])
}
