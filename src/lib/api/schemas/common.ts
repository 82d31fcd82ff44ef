import * as z from 'zod/mini'

/** A paragraph number of the Cabinet report of 21 October 2014 (paras 1–12). */
export const sourceParagraphSchema = z.int().check(z.minimum(1), z.maximum(12))

export const ID_MAX_LENGTH = 80
export const idSchema = z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH))

export const isoDateTimeSchema = z.iso.datetime({ offset: true })

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
  /** On 412, the record as the server holds it now. */
  current: z.optional(z.unknown()),
})
export type Problem = z.infer<typeof problemSchema>
