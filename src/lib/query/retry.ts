import { isApiError } from '../api/api-error'

export const MAX_RETRIES = 3

/** The longest the app waits before trying again by itself, whatever Retry-After asks. */
export const MAX_RETRY_AFTER_MS = 30_000

/**
 * Only a failure that might go away by itself is worth another try: no answer, a 5xx, or too many
 * requests (429). Every changing call carries an idempotency key or an expected version, so a try
 * again never makes a change twice.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return (
    failureCount < MAX_RETRIES &&
    isApiError(error) &&
    (error.isTransient || error.isTooManyRequests)
  )
}

/**
 * 1 s, 2 s, 4 s … capped at 30 s; but a 429 waits as long as its Retry-After asks, up to 30 s
 * (a longer wait is the user's to choose, and the message says to wait a moment).
 */
export function retryDelay(attempt: number, error?: unknown): number {
  const asked = isApiError(error) && error.isTooManyRequests ? error.retryAfterMs : undefined
  return Math.min(asked ?? 1000 * 2 ** attempt, MAX_RETRY_AFTER_MS)
}
