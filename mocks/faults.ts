import { http, HttpResponse } from 'msw'
import { API } from './handlers/context'
import { injectedFault, tooManyRequests } from '../src/lib/backend/problems'

/**
 * One-shot failures for browser tests. A test writes, for example,
 *   localStorage.setItem('eyes-and-ears.mock-faults.v1', '{"POST /concerns": [503]}')
 * and the next matching request answers 503 (problem+json); the entry is then used up. Keys are
 * "METHOD /path" below /api/v1, where a ":name" segment matches any one segment
 * ("PATCH /concerns/:id"). Status 0 means the server cannot be reached at all.
 * Node tests use server.use() overrides instead.
 */
export const MOCK_FAULTS_KEY = 'eyes-and-ears.mock-faults.v1'

export type FaultQueue = Record<string, number[]>

export function queueFault(storage: Storage, key: string, ...statuses: number[]): void {
  const queue = readQueue(storage)
  queue[key] = [...(queue[key] ?? []), ...statuses]
  storage.setItem(MOCK_FAULTS_KEY, JSON.stringify(queue))
}

/** The next status queued for this request, taken off the queue; undefined if none. */
export function takeFault(storage: Storage, method: string, apiPath: string): number | undefined {
  const queue = readQueue(storage)
  for (const [key, statuses] of Object.entries(queue)) {
    const [status, ...rest] = statuses
    if (status === undefined || !matches(key, method, apiPath)) continue
    if (rest.length > 0) queue[key] = rest
    else delete queue[key]
    if (Object.keys(queue).length > 0) storage.setItem(MOCK_FAULTS_KEY, JSON.stringify(queue))
    else storage.removeItem(MOCK_FAULTS_KEY)
    return status
  }
  return undefined
}

/** Goes first among the handlers; lets the request through when nothing is queued for it. */
export const faultHandler = (storage: () => Storage | undefined = () => globalThis.localStorage) =>
  http.all(`${API}/*`, ({ request }) => {
    const store = storage()
    if (!store) return undefined
    const apiPath = new URL(request.url).pathname.replace(/^.*?\/api\/v1(?=\/|$)/, '') || '/'
    const status = takeFault(store, request.method, apiPath)
    if (status === undefined) return undefined
    if (status === 0) return HttpResponse.error()
    // As a server's rate limit answers: with a short Retry-After, which the app waits for.
    return status === 429 ? tooManyRequests(1) : injectedFault(status)
  })

function readQueue(storage: Storage): FaultQueue {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage.getItem(MOCK_FAULTS_KEY) ?? '{}')
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
  const queue: FaultQueue = {}
  for (const [key, value] of Object.entries(parsed)) {
    if (Array.isArray(value)) queue[key] = value.filter((s): s is number => Number.isInteger(s))
  }
  return queue
}

function matches(key: string, method: string, apiPath: string): boolean {
  const [keyMethod = '', keyPath = ''] = key.trim().split(/\s+/, 2)
  if (keyMethod.toUpperCase() !== method.toUpperCase()) return false
  const want = keyPath.split('/')
  const got = apiPath.replace(/\/$/, '').split('/')
  return (
    want.length === got.length && want.every((part, i) => part.startsWith(':') || part === got[i])
  )
}
