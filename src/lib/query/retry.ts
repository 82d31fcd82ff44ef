import { isApiError } from '../api/api-error'

export const MAX_RETRIES = 3

/** Only a failure that might go away by itself (no answer, or a 5xx) is worth another try. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.isTransient
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 30_000)
}
