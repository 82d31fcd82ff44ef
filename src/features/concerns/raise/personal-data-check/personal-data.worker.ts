/*
 * The personal-data detector off the main thread. It holds the language model (compromise), which
 * is why it is a worker of its own: the model loads with the concern form, never in the app's
 * first bundle, and reading a long text never blocks typing.
 */
import { findPersonalDataInFields } from '../../../../lib/personal-data'
import type { CheckRequest, CheckResponse } from './protocol'

/** The worker's own global (the project's TypeScript settings describe a window, not a worker). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void
  postMessage(message: CheckResponse): void
}

scope.addEventListener('message', ({ data }) => {
  const findings = findPersonalDataInFields(data.texts, { allowedNumbers: data.allowedNumbers })
  scope.postMessage({ id: data.id, findings })
})
