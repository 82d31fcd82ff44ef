import type { Problem } from './schemas'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

/** The one error type every API call throws: an HTTP problem, a network failure or a bad body. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>
  readonly problem: Problem | undefined
  /** How long the server asked us to wait before trying again (Retry-After), if it said. */
  readonly retryAfterMs: number | undefined

  constructor(init: {
    kind: ApiErrorKind
    status?: number
    title: string
    detail?: string
    fieldErrors?: Record<string, string[]>
    problem?: Problem
    retryAfterMs?: number | undefined
    cause?: unknown
  }) {
    super(init.detail ?? init.title, { cause: init.cause })
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status ?? 0
    this.title = init.title
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? {}
    this.problem = init.problem
    this.retryAfterMs = init.retryAfterMs
  }

  /**
   * No answer, or the server failed (5xx). Worth trying again with the same request; and since
   * the request may have been carried out, a change's outcome is unknown until it has been.
   */
  get isTransient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500
  }

  /** Too many requests (429): refused, so nothing was done, but it will pass after a wait. */
  get isTooManyRequests(): boolean {
    return this.status === 429
  }
}

/**
 * Retry-After as milliseconds: the contract sends whole seconds. (The HTTP-date form is not used
 * by our servers; read as undefined, it falls back to the usual backoff.)
 */
export function parseRetryAfter(value: string | null): number | undefined {
  const text = value?.trim() ?? ''
  return /^\d+$/.test(text) ? Number(text) * 1000 : undefined
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
