import type { PathParams } from 'msw'
import * as z from 'zod/mini'
import type { Role, SessionUser } from '../../src/lib/api/schemas'
import {
  badRequest,
  FORM_ERRORS_KEY,
  forbidden,
  serverError,
  tooLarge,
  unauthorized,
  validationFailed,
  type FieldErrors,
} from '../problems'
import type { MockStore } from '../store'

export type GetStore = () => MockStore

/** Every API path, whatever the origin: the app may run on any host. */
export const API = '*/api/v1'

export const MAX_BODY_BYTES = 64 * 1024

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

function parseJson(text: string): unknown {
  if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES)
  if (text.trim() === '') throw badRequest('The request body is empty: send JSON.')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw badRequest('The request body is not valid JSON.')
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

/** Checks a body against the contract's schema; 422 with each field's messages if it fails. */
export function validate<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const flat = z.flattenError(result.error)
  const errors: FieldErrors = {}
  for (const [field, messages] of Object.entries(flat.fieldErrors as Record<string, unknown>)) {
    if (Array.isArray(messages) && messages.length > 0) errors[field] = messages.map(String)
  }
  if (flat.formErrors.length > 0) errors[FORM_ERRORS_KEY] = flat.formErrors
  throw validationFailed(errors)
}

/** Collects server-side checks; throws one 422 with all of them. */
export class FieldChecks {
  private readonly errors: FieldErrors = {}

  add(field: string, message: string): void {
    ;(this.errors[field] ??= []).push(message)
  }

  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw validationFailed(this.errors)
  }
}
