import * as z from 'zod/mini'
import { idSchema } from './common'

export const roleSchema = z.enum(['councillor', 'chair'])
export type Role = z.infer<typeof roleSchema>

export const sessionUserSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  role: roleSchema,
  /** Councillors only: the division they were elected for. */
  divisionId: z.nullable(idSchema),
})
export type SessionUser = z.infer<typeof sessionUserSchema>

/** A demo persona offered by the mock sign-in; a real deployment uses single sign-on instead. */
export const personaSchema = z.object({
  ...sessionUserSchema.shape,
  description: z.string(),
})
export type Persona = z.infer<typeof personaSchema>
export const personaListSchema = z.array(personaSchema)

export const signInRequestSchema = z.object({ personaId: idSchema })
export type SignInRequest = z.infer<typeof signInRequestSchema>

/**
 * GET /session/outbox-key (signed in only, `Cache-Control: no-store`): 32 random-looking bytes,
 * base64url, the same for a user every time and different for every user. The app holds it in
 * memory only, to lock (AES-GCM) the concerns a councillor keeps on the device at sign-out so
 * that nobody else signed in there can read or send them.
 */
export const outboxKeySchema = z.object({
  key: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
})
export type OutboxKey = z.infer<typeof outboxKeySchema>
