import { SERVER_TROUBLE } from '../../lib/api/server-trouble'
import type { ReturnReason } from './drafts'

/** Why a concern came back, in one plain sentence (a few add what to do). */
export const REASONS: Record<ReturnReason, string> = {
  invalid: 'Some answers need correcting.',
  'signed-out': 'You were signed out before it could be sent.',
  'other-user': 'Someone else was signed in on this device, so it was not sent as them.',
  'no-answer': 'No answer came back from the server.',
  'server-error': 'The server had a problem.',
  'too-large': SERVER_TROUBLE.tooLarge,
  busy: SERVER_TROUBLE.tooManyRequests,
  refused: 'The server did not accept it.',
}

/**
 * After no answer (or a 5xx) the concern may have been stored. Never "not sent": the way to find
 * out is to send it again under the same key, which the server answers with the concern if it
 * has it and stores it once if it has not.
 */
export const UNKNOWN_OUTCOME = {
  heading: 'We do not know if your concern was sent',
  headingForOne: 'We do not know if a concern was sent',
  noCause: 'The app did not hear back whether it was stored.',
  sendAgain:
    'It may have arrived. Send it again to find out: if it did arrive, you will get its reference, and it will not be stored twice.',
  changedSince:
    'You have changed your answers since. So that it is never stored twice, the app will first send it again as you first wrote it. If the server takes that version, or already has it, your changes will not be sent.',
  sentAsFirstWritten:
    'It was sent as you first wrote it: the changes you made afterwards were not sent, so that it was not stored twice.',
} as const
