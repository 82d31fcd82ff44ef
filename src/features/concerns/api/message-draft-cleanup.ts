import { onClearClientState } from '../../../lib/query'

/*
 * The one part of the councillor's message drafts (message-drafts.ts) that the first bundle
 * carries: forgetting them all at sign-out. It registers when it loads; the navigation's unread
 * count (in the shell, on every signed-in page) imports it, so sign-out forgets the drafts even in
 * a tab reloaded since they were written, where no concern page has loaded yet.
 */

export const MESSAGE_DRAFT_KEY_PREFIX = 'eyes-and-ears.message-draft.v1.'

/** Every message draft in this tab, for sign-out (which clears all client state). */
export function forgetAllMessageDrafts(): void {
  try {
    const store = window.sessionStorage
    const keys: string[] = []
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i)
      if (key?.startsWith(MESSAGE_DRAFT_KEY_PREFIX)) keys.push(key)
    }
    for (const key of keys) store.removeItem(key)
  } catch {
    // Storage blocked: nothing was saved there either.
  }
}

onClearClientState(forgetAllMessageDrafts)
