/**
 * After no answer (or a 5xx) a concern may have been stored. The pages never say "not sent" then:
 * the way to find out is to send it again under the same key, which the server answers with the
 * concern if it has it, and stores it once if it has not.
 */
export const UNKNOWN_OUTCOME = {
  heading: 'We do not know if your concern was sent',
  noCause: 'The app did not hear back whether it was stored.',
  sendAgain:
    'It may have arrived. Send it again to find out: if it did arrive, you will get its reference, and it will not be stored twice.',
  changedSince:
    'You have changed your answers since. So that it is never stored twice, the app will first send it again as you first wrote it. If the server takes that version, or already has it, your changes will not be sent.',
  sentAsFirstWritten:
    'It was sent as you first wrote it: the changes you made afterwards were not sent, so that it was not stored twice.',
} as const
