import { afterEach, beforeEach } from 'vitest'
import { server } from './mock-server'

/**
 * Records the Idempotency-Key of every POST /concerns the app makes, afresh in each test of the
 * file that calls it (at its top level): "sent exactly once" is one key, posted once.
 */
export function recordConcernPosts(): { readonly keys: readonly string[] } {
  let keys: string[] = []
  const record = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/api/v1/concerns')) {
      keys.push(request.headers.get('Idempotency-Key') ?? '')
    }
  }
  beforeEach(() => {
    keys = []
    server.events.on('request:start', record)
  })
  afterEach(() => {
    server.events.removeListener('request:start', record)
  })
  return {
    get keys() {
      return keys
    },
  }
}
