import type { ReturnReason } from './drafts'

// In the first bundle (the queue banner shows on every page): short words only. The pages' longer
// explanations are in unknown-outcome-text.ts, loaded with them.

/** Why a concern came back, in one plain sentence. */
export const REASONS: Record<ReturnReason, string> = {
  invalid: 'Some answers need correcting.',
  'signed-out': 'You were signed out before it could be sent.',
  'other-user': 'Someone else was signed in on this device, so it was not sent as them.',
  'no-answer': 'No answer came back from the server.',
  'server-error': 'The server had a problem.',
  'too-large': 'It is too large for the server: make it shorter.',
  busy: 'The server has too many requests just now: wait a moment, then send it again.',
  refused: 'The server did not accept it.',
}

/** The banner's words when a concern queued earlier may or may not have been stored. */
export const UNKNOWN_OUTCOME_BANNER = {
  heading: 'We do not know if a concern was sent',
  advice: 'It may have arrived. Send it again to find out: it will not be stored twice.',
} as const
