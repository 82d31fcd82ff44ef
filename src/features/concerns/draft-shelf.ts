import { readShelf, writeShelf, type Draft } from './drafts'

// What the pages do with the shelf: offer, take up, save, park. Kept apart from drafts.ts, which
// the first bundle carries (a concern coming back unsent goes on the shelf from any page).

/** The unsent concern to offer: the draft, or else the first one parked behind it. */
export function offeredDraft(userId: string): Draft | null {
  const { draft, parked } = readShelf(userId)
  return draft ?? parked[0] ?? null
}

/** Takes the offered concern up to be written again (a parked one becomes the draft). */
export function takeOfferedDraft(userId: string): Draft | null {
  const shelf = readShelf(userId)
  if (shelf.draft) return shelf.draft
  const [first, ...rest] = shelf.parked
  if (!first) return null
  writeShelf(userId, { draft: first, parked: rest })
  return first
}

/** Throws away the offered concern; the next parked one, if any, is offered after it. */
export function discardOfferedDraft(userId: string): void {
  const shelf = readShelf(userId)
  if (shelf.draft) writeShelf(userId, { ...shelf, draft: null })
  else writeShelf(userId, { draft: null, parked: shelf.parked.slice(1) })
}

/** Saves the draft being written (autosave). */
export function saveDraft(userId: string, draft: Draft): void {
  writeShelf(userId, { ...readShelf(userId), draft })
}

/** Forgets the draft being written (sent or queued); parked ones stay. */
export function removeDraft(userId: string): void {
  const { parked } = readShelf(userId)
  writeShelf(userId, { draft: null, parked })
}

/** Starting a new concern while a draft is waiting: the waiting one is kept for later. */
export function parkDraft(userId: string): void {
  const { draft, parked } = readShelf(userId)
  if (draft) writeShelf(userId, { draft: null, parked: [...parked, draft] })
}
