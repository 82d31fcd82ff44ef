import * as z from 'zod/mini'
import {
  badRequest,
  FORM_ERRORS_KEY,
  tooLarge,
  unsupportedMediaType,
  validationFailed,
  type FieldErrors,
} from './problems'

/** The largest request body any back end accepts (413 above it, before it is parsed). */
export const MAX_BODY_BYTES = 64 * 1024

/** A request body as JSON; throws 413 when too large, 400 when empty or not JSON. */
export function parseJson(text: string): unknown {
  if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES)
  if (text.trim() === '') throw badRequest('The request body is empty: send JSON.')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
}

/** application/json, or any application/…+json type, with or without parameters (charset). */
export function isJsonMediaType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)
}

/** A request that has a body must say it is JSON (415 otherwise); an empty body is left to 400. */
export function requireJsonBody(contentType: string | null, text: string): void {
  if (text !== '' && !isJsonMediaType(contentType)) throw unsupportedMediaType()
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
