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
