import type { PathParams } from 'msw'
import type { Role, SessionUser } from '../../src/lib/api/schemas'
import { forbidden, serverError, unauthorized } from '../../src/lib/backend/problems'
import { parseJson } from '../../src/lib/backend/validation'
import type { MockStore } from '../store'

export type GetStore = () => MockStore

/** Every API path, whatever the origin: the app may run on any host. */
export const API = '*/api/v1'

export interface RouteContext {
  request: Request
  url: URL
  params: PathParams
  store: MockStore
  /** The request body as JSON; throws 413 when too large, 400 when not JSON. */
  json: () => unknown
}

/**
 * Wraps a route: reads the body first (so nothing awaits between loading the store and changing
 * it), re-reads the store (another tab may have changed it), turns thrown problem responses into
 * answers, and saves after a successful change.
 */
export function route(getStore: GetStore, handle: (context: RouteContext) => Response) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
    const store = getStore()
    try {
      store.load()
      const response = handle({
        request,
        url: new URL(request.url),
        params,
        store,
        json: () => parseJson(text),
      })
      if (request.method !== 'GET' && response.ok) store.save()
      return response
    } catch (error) {
      if (error instanceof Response) return error
      return serverError(error instanceof Error ? error.message : String(error))
    }
  }
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
