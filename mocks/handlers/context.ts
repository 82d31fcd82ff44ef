import type { PathParams } from 'msw'
import type { Role, SessionUser } from '../../src/lib/api/schemas'
import { forbidden, serverError, unauthorized } from '../../src/lib/backend/problems'
import { parseJson, requireJsonBody } from '../../src/lib/backend/validation'
import type { MockStore } from '../store'

export type GetStore = () => MockStore

/** Every API path, whatever the origin: the app may run on any host. */
export const API = '*/api/v1'

export interface RouteContext {
  request: Request
  url: URL
  params: PathParams
  store: MockStore
  /** The request body as JSON; throws 413 when too large, 400 when empty or not JSON. */
  json: () => unknown
}

/** The Web Lock every tab's mock takes around a request, as a server serialises its writes. */
export const STORE_LOCK = 'eyes-and-ears.mock-store'

/**
 * Wraps a route: reads the body first (so nothing awaits between loading the store and changing
 * it), re-reads the store (another tab may have changed it), turns thrown problem responses into
 * answers, and saves after a successful change.
 *
 * In the browser each tab runs its own copy of the mock over one localStorage, truly in parallel:
 * without a lock two tabs could both load, both change and both save, and the first save would be
 * lost. Load → handle → save therefore runs inside a Web Lock (shared for reads, exclusive for
 * changes). Node has no navigator.locks; there one thread runs every handler, with no await
 * between load and save, so nothing can interleave.
 */
export function route(getStore: GetStore, handle: (context: RouteContext) => Response) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    const reads = request.method === 'GET' || request.method === 'HEAD'
    const text = reads ? '' : await request.text()
    const answer = (): Response => {
      const store = getStore()
      try {
        // First of all, as a server's middleware does: a body must be JSON, whoever sends it.
        if (!reads) requireJsonBody(request.headers.get('Content-Type'), text)
        store.load()
        const response = handle({
          request,
          url: new URL(request.url),
          params,
          store,
          json: () => parseJson(text),
        })
        if (!reads && response.ok) store.save()
        return response
      } catch (error) {
        if (error instanceof Response) return error
        return serverError(error instanceof Error ? error.message : String(error))
      }
    }
    const locks = webLocks()
    if (!locks) return answer()
    return locks.request(STORE_LOCK, { mode: reads ? 'shared' : 'exclusive' }, answer)
  }
}

function webLocks(): LockManager | undefined {
  // Typed as always there, but jsdom and Node (tests) have none.
  const locks: LockManager | undefined =
    typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ?? undefined
}

export function requireUser(store: MockStore): SessionUser {
  const user = store.signedInUser()
  if (!user) throw unauthorized()
  return user
}

export function requireRole(user: SessionUser, role: Role): SessionUser {
  if (user.role !== role) throw forbidden(`Only the ${role} may do this.`)
  return user
}

export function param(context: RouteContext, name: string): string {
  const value = context.params[name]
  return typeof value === 'string' ? value : ''
}

export { FieldChecks, MAX_BODY_BYTES, validate } from '../../src/lib/backend/validation'
