import type { Problem } from '../api/schemas'

/** Problem type URIs are identifiers (RFC 9457), not pages anyone needs to fetch. */
export const PROBLEM_TYPE_BASE = 'https://eyes-and-ears.example/problems/'

export type FieldErrors = Record<string, string[]>

/** Field key for errors about the request as a whole rather than one field. */
export const FORM_ERRORS_KEY = '_form'

export function problem(
  status: number,
  type: string,
  title: string,
  extra: Pick<Problem, 'detail' | 'errors' | 'current'> = {},
): Response {
  const body: Problem = { type: `${PROBLEM_TYPE_BASE}${type}`, title, status, ...extra }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export const badRequest = (detail: string, errors?: FieldErrors) =>
  problem(400, 'bad-request', 'The request is not valid', errors ? { detail, errors } : { detail })

export const unauthorized = () =>
  problem(401, 'unauthorized', 'Sign in to continue', { detail: 'Nobody is signed in.' })

export const forbidden = (detail: string) =>
  problem(403, 'forbidden', 'You do not have permission to do this', { detail })

export const notFound = (detail = 'There is nothing here.') =>
  problem(404, 'not-found', 'Not found', { detail })

export const conflictingEdit = (current: unknown) =>
  problem(412, 'edit-conflict', 'Someone else changed this concern', {
    detail: 'The concern changed since you loaded it. Check the latest version and try again.',
    current,
  })

/** POST /concerns/:id/messages on a closed concern. */
export const concernClosed = () =>
  problem(409, 'concern-closed', 'This concern is closed', {
    detail: 'A closed concern cannot take more information. Raise a new concern instead.',
  })

export const tooLarge = (limitBytes: number) =>
  problem(413, 'too-large', 'The request is too large', {
    detail: `Request bodies may be at most ${limitBytes} bytes.`,
  })

export const validationFailed = (errors: FieldErrors, detail = 'Some answers need correcting.') =>
  problem(422, 'validation', 'There is a problem with what was sent', { detail, errors })

export const idempotencyKeyReused = (detail = 'Send a new Idempotency-Key for a new concern.') =>
  problem(422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different request', {
    detail,
  })

/**
 * A key sent again with another request: a new concern, message or change needs a new key. `path`
 * is below /api/v1, as the key's record holds it.
 */
export const idempotencyKeyReusedBy = (method: string, path = '') =>
  idempotencyKeyReused(
    path.endsWith('/messages')
      ? 'Send a new Idempotency-Key for a new message.'
      : method === 'POST'
        ? undefined
        : 'Send a new Idempotency-Key for a new change.',
  )

export const preconditionRequired = () =>
  problem(428, 'precondition-required', 'If-Match header is required', {
    detail: 'Send the ETag of the concern you are changing in If-Match.',
  })

export const serverError = (detail: string) =>
  problem(500, 'server-error', 'Something went wrong on the server', { detail })

const FAULT_TITLES: Record<number, string> = {
  500: 'Something went wrong on the server',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
  429: 'Too many requests',
}

/** A made-up failure for tests of the app's error paths. */
export const injectedFault = (status: number) =>
  problem(status, 'injected-fault', FAULT_TITLES[status] ?? `Injected ${status} response`, {
    detail: 'Injected by the mock server for testing.',
  })

export const unsupportedMediaType = () =>
  problem(415, 'unsupported-media-type', 'Send the request body as JSON', {
    detail: 'Request bodies must have Content-Type: application/json.',
  })

/** 429 with Retry-After (whole seconds), which the app waits for before trying again. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  const response = problem(429, 'too-many-requests', 'Too many requests', {
    detail: `Too many requests in a short time. Try again in ${retryAfterSeconds} seconds.`,
  })
  response.headers.set('Retry-After', String(retryAfterSeconds))
  return response
}

/** A change sent from another site (cross-site request forgery) is refused. */
export const crossSiteRefused = () =>
  forbidden('Changes are accepted only from this app’s own pages.')
