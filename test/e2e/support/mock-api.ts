/**
 * Reaching into the demo build's mock API from a browser test. The mock store and the fault
 * queue live in the page's localStorage (see mocks/), so tests read and seed them there.
 */
import type { Page } from 'playwright-core'
import { MOCK_FAULTS_KEY, type FaultQueue } from '../../../mocks/faults'
import { MOCK_STORE_KEY } from '../../../mocks/persistence'

export { MOCK_FAULTS_KEY, MOCK_STORE_KEY }

/** The mock server's saved store as JSON (null before the first request saved it). */
export async function readMockStore(page: Page): Promise<unknown> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), MOCK_STORE_KEY)
  return raw === null ? null : (JSON.parse(raw) as unknown)
}

/**
 * Queues one-shot failures: `{ 'POST /concerns': [503] }` makes the next POST /concerns answer
 * 503 (as problem+json), after which requests behave normally again. Keys are "METHOD /path"
 * below /api/v1 (":id" matches any one segment); status 0 means the server is unreachable.
 * This replaces any faults still queued.
 */
export async function injectFaults(page: Page, faults: FaultQueue): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    MOCK_FAULTS_KEY,
    JSON.stringify(faults),
  ] as const)
}
