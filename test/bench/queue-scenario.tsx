/*
 * What the queue benchmark times, loaded into Node by queue.bench.mjs through Vite (so the same
 * TypeScript and JSX as the app). A mock store with n concerns behind the real handlers (MSW in
 * Node), the real API client with its schema check, and the real queue list rendered into a DOM.
 */
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { MemoryRouter } from 'react-router'
import { setupServer } from 'msw/node'
import {
  apiRequest,
  concernPageSchema,
  concernStatsSchema,
  type ConcernPage,
} from '../../src/lib/api'
import { requestQuery } from '../../src/features/review/api/review-queries'
import { QueueList } from '../../src/features/review/worklist/worklist-list'
import { namesFrom } from '../../src/features/review/labels'
import { readQueueView, toConcernQuery } from '../../src/features/review/worklist/worklist-view'
import { createHandlers } from '../../mocks/handlers'
import { createStore, seedManyConcerns, type MockStore } from '../../mocks/store'

const NOW = new Date('2026-01-15T12:00:00Z')

let store: MockStore = createStore(undefined, { now: () => NOW })
const server = setupServer(...createHandlers(() => store))
let root: Root | null = null

export function start(container: Element): void {
  server.listen({ onUnhandledRequest: 'error' })
  root = createRoot(container)
}

export function stop(): void {
  root?.unmount()
  server.close()
}

/** A fresh store holding exactly n generated concerns, with the chair signed in. */
export function useStoreOf(n: number): void {
  store = createStore(undefined, { now: () => NOW })
  store.data.concerns = []
  store.data.referenceCounters = {}
  seedManyConcerns(store, n, { seed: 42, now: NOW })
  store.data.signedInUserId = 'chair'
}

const names = namesFrom(undefined, undefined)

/** GET /concerns for a queue address (e.g. "status=submitted&theme=…"), through the client. */
export async function fetchPage(search: string): Promise<ConcernPage> {
  const view = readQueueView(new URLSearchParams(search))
  return (
    await apiRequest(concernPageSchema, '/concerns', { query: requestQuery(toConcernQuery(view)) })
  ).data
}

/** Renders a page of the queue synchronously into the container. */
export function renderPage(page: ConcernPage, search: string): void {
  const view = readQueueView(new URLSearchParams(search))
  flushSync(() =>
    root?.render(
      createElement(
        MemoryRouter,
        null,
        createElement(QueueList, {
          items: page.items,
          names,
          view,
          now: NOW,
        }),
      ),
    ),
  )
}

export async function fetchSummary(search: string): Promise<number> {
  const params = new URLSearchParams(search)
  const { data } = await apiRequest(concernStatsSchema, '/concerns/summary', {
    query: { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined },
  })
  return data.total
}
