/**
 * What the councillor is writing to the chair about one concern, kept for the browser tab
 * (sessionStorage) so a reload or a failed send loses nothing. The key holds the user and the
 * concern. Like the concern drafts, these are personal: signing out forgets every key the app
 * keeps (clearAllClientState in src/lib/query), these with them, even in a tab where no concern
 * page has loaded.
 */

const MESSAGE_DRAFT_KEY_PREFIX = 'eyes-and-ears.message-draft.v1.'

const keyFor = (userId: string, concernId: string) =>
  `${MESSAGE_DRAFT_KEY_PREFIX}${encodeURIComponent(userId)}.${encodeURIComponent(concernId)}`

export interface MessageDraft {
  text: string
  /**
   * The Idempotency-Key of the last send and the text it carried. The same text sent again goes
   * under the same key, so a message whose answer was lost is never stored twice.
   */
  attempt?: { key: string; text: string }
}

const storage = (): Storage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function readMessageDraft(userId: string, concernId: string): MessageDraft {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage()?.getItem(keyFor(userId, concernId)) ?? 'null')
  } catch {
    parsed = null
  }
  if (!isRecord(parsed) || typeof parsed.text !== 'string') return { text: '' }
  const { attempt } = parsed
  return isRecord(attempt) && typeof attempt.key === 'string' && typeof attempt.text === 'string'
    ? { text: parsed.text, attempt: { key: attempt.key, text: attempt.text } }
    : { text: parsed.text }
}

/** Saves the draft; an empty one with no attempt is removed. */
export function writeMessageDraft(userId: string, concernId: string, draft: MessageDraft): void {
  try {
    if (draft.text === '' && !draft.attempt) storage()?.removeItem(keyFor(userId, concernId))
    else storage()?.setItem(keyFor(userId, concernId), JSON.stringify(draft))
  } catch {
    // Storage full or blocked: the text is still on screen.
  }
}

export function removeMessageDraft(userId: string, concernId: string): void {
  try {
    storage()?.removeItem(keyFor(userId, concernId))
  } catch {
    // Storage blocked: nothing was saved there either.
  }
}

/** The key to send `text` under: the last attempt's if it carried this same text, else a new one. */
export function keyForSending(draft: MessageDraft, text: string): string {
  return draft.attempt?.text === text ? draft.attempt.key : crypto.randomUUID()
}
