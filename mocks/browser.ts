import { setupWorker } from 'msw/browser'
import { createHandlers } from './handlers'
import { localStoragePersistence } from './persistence'
import { createStore } from './store'

/**
 * Starts the demo API in the browser: a service worker answering /api/v1 from a store kept in
 * localStorage (so it survives reloads and is shared by tabs, like a server).
 */
export async function startMockWorker(): Promise<void> {
  const store = createStore(localStoragePersistence())
  const worker = setupWorker(...createHandlers(() => store, { offline: true, faults: true }))
  await worker.start({
    // MSW's worker behind one that stays registered (public/demo-api-worker.js says why).
    serviceWorker: { url: `${import.meta.env.BASE_URL}demo-api-worker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
