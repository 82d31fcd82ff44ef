import { CONCERN_LIMITS } from '../api/schemas'
import { badRequest } from './problems'

/**
 * POST /concerns is made safe to retry with an Idempotency-Key header. A missing key is a 400
 * (not 428: the request is incomplete rather than unconditional). Only successes are remembered,
 * so a request refused with 422 can be corrected and sent again under the same key.
 */
export function idempotencyKeyOf(headers: Headers): string {
  const key = headers.get('Idempotency-Key')?.trim()
  if (!key) throw badRequest('Idempotency-Key header is required')
  const { idempotencyKeyMin: min, idempotencyKeyMax: max } = CONCERN_LIMITS
  if (key.length < min || key.length > max) {
    throw badRequest(`Idempotency-Key must be ${min} to ${max} characters`)
  }
  return key
}

/**
 * PATCH /concerns/:id takes an Idempotency-Key too, but optionally: without one, If-Match alone
 * keeps a change from being applied twice. Present, it is checked as on POST (400 if malformed).
 */
export function optionalIdempotencyKeyOf(headers: Headers): string | null {
  return headers.has('Idempotency-Key') ? idempotencyKeyOf(headers) : null
}

/** A hash of the JSON with object keys sorted, so key order does not make a body "different". */
export function hashOf(body: unknown): string {
  return cyrb53(canonicalJson(body)).toString(16)
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** A fast 53-bit string hash (cyrb53); enough to tell two request bodies apart. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
