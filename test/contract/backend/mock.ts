/*
 * The MSW mock as a contract back end. Also exported for the mock-only tests (mock-only/), which
 * look inside the store and add handlers.
 */
import { createMockServer } from '../../../mocks/node'
import { createStore, type MockStore } from '../../../mocks/store'
import { ContractClient, sharedSession, type SharedSession } from './client'
import type { Driver } from './types'

let store: MockStore = createStore()
let shared: SharedSession = sharedSession()

export const mockServer = createMockServer(() => store)

/** The current test's store: for the mock-only tests, never for the shared contract tests. */
export const mockStore = (): MockStore => store

export function openMockDriver(): Driver {
  mockServer.listen({ onUnhandledRequest: 'error' })
  let current: () => Date = () => new Date()
  return {
    kind: 'mock',
    reset(clock) {
      current = () => clock.current()
      store = createStore(undefined, { now: () => clock.now() })
      shared = sharedSession()
      mockServer.resetHandlers()
      return Promise.resolve()
    },
    newClient(name) {
      return new ContractClient({
        name,
        transport: (request) => fetch(request),
        clock: current,
        shared,
      })
    },
    insert({ concerns, repliesRead }) {
      store.data.concerns.push(...concerns)
      Object.assign(store.data.repliesRead, repliesRead)
      // What insertRecords does on the server: later concerns are numbered after these.
      for (const { reference } of concerns) {
        const match = /^EE-(\d{4})-(\d+)$/.exec(reference)
        if (!match?.[1] || !match[2]) continue
        const counters = store.data.referenceCounters
        counters[match[1]] = Math.max(counters[match[1]] ?? 0, Number(match[2]))
      }
      return Promise.resolve()
    },
    close() {
      mockServer.close()
      return Promise.resolve()
    },
  }
}
