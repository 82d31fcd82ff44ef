import { http, HttpResponse, type HttpHandler } from 'msw'
import { faultHandler } from '../faults'
import { notFound } from '../../src/lib/backend/problems'
import { boardHandlers } from './board'
import { concernHandlers } from './concern-item'
import { concernCollectionHandlers } from './concern-collection'
import { concernConversationHandlers } from './concern-conversation'
import { API, route, type GetStore } from './context'
import { demoHandlers } from './demo'
import { exportHandlers } from './export'
import { sessionHandlers } from './session'
import { summaryHandlers } from './summary'

export type { GetStore } from './context'

export interface HandlerOptions {
  /** Browser demo: answer as an unreachable server while the browser says it is offline. */
  offline?: boolean
  /** Browser tests: one-shot failures queued in localStorage (see faults.ts). */
  faults?: boolean
}

/** The whole API under any origin's /api/v1, over the store getStore() returns per request. */
export function createHandlers(getStore: GetStore, options: HandlerOptions = {}): HttpHandler[] {
  return [
    ...(options.offline ? [offlineHandler] : []),
    ...(options.faults ? [faultHandler()] : []),
    ...sessionHandlers(getStore),
    ...boardHandlers(getStore),
    // Before /concerns/:id, which would otherwise take "summary" or "export.csv" for an id.
    ...summaryHandlers(getStore),
    ...exportHandlers(getStore),
    ...concernCollectionHandlers(getStore),
    ...concernHandlers(getStore),
    ...concernConversationHandlers(getStore),
    ...demoHandlers(getStore),
    http.all(
      `${API}/*`,
      route(getStore, () => {
        throw notFound('There is no such API endpoint.')
      }),
    ),
  ]
}

const offlineHandler = http.all(`${API}/*`, () =>
  typeof navigator !== 'undefined' && navigator.onLine === false ? HttpResponse.error() : undefined,
)
