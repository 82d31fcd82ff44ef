/*
 * The mock API for tests. test/setup.ts is expected to:
 *   beforeAll:  server.listen({ onUnhandledRequest: 'error' })
 *   beforeEach: resetMockDb() (and localStorage.clear())
 *   afterEach:  server.resetHandlers()
 *   afterAll:   server.close()
 * so every test starts signed out with the sample concerns, and server.use() overrides last one test.
 */
import { createMockServer } from '../../mocks/node'
import type { PersonaId } from '../../src/lib/backend/seed/personas'
import { createStore, type MockStore } from '../../mocks/store'

let store: MockStore = createStore()

export const server = createMockServer(() => store)

/** A fresh store: the sample concerns, nobody signed in. */
export function resetMockDb(): MockStore {
  store = createStore()
  return store
}

/** The current test's store, to arrange data or check what the app sent. */
export const mockDb = (): MockStore => store

/** Signs a demo persona in (or everyone out) on the server side, without any HTTP. */
export function signInAs(personaId: PersonaId | null): void {
  store.data.signedInUserId = personaId
}
