import { isApiError } from './api-error'

/**
 * Three failures users must be able to tell apart, whatever they were doing: what they sent is
 * too large (413), the server is busy (429), or the server failed (5xx). Plain words, not the
 * server's titles; undefined for any other error, which each page describes in its own terms.
 */
export const SERVER_TROUBLE = {
  tooLarge: 'What you sent is too large for the server. Make it shorter, then try again.',
  tooManyRequests: 'The server is receiving too many requests. Wait a moment, then try again.',
  serverError: 'The server had a problem. Try again in a moment.',
} as const

export function serverTroubleReason(error: unknown): string | undefined {
  if (!isApiError(error) || error.kind !== 'http') return undefined
  if (error.status === 413) return SERVER_TROUBLE.tooLarge
  if (error.status === 429) return SERVER_TROUBLE.tooManyRequests
  if (error.status >= 500) return SERVER_TROUBLE.serverError
  return undefined
}
