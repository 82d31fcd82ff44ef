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

  constructor(init: {
    kind: ApiErrorKind
    status?: number
    title: string
    detail?: string
    fieldErrors?: Record<string, string[]>
    problem?: Problem
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
  }

  /** Worth trying again with the same request: no answer, or the server failed (5xx). */
  get isTransient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
