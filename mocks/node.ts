import { setupServer } from 'msw/node'
import { createHandlers, type GetStore } from './handlers'
import { createStore, type MockStore } from './store'

/** The API for tests in Node. Pass getStore to swap in a fresh store per test. */
export function createMockServer(getStore: GetStore = always(createStore())) {
  return setupServer(...createHandlers(getStore))
}

const always = (store: MockStore) => () => store
