import type { Context } from 'hono'
import type { Role, SessionUser } from '../../src/lib/api/schemas'
import { forbidden, unauthorized } from '../../src/lib/backend/problems'
import { parseJson } from '../../src/lib/backend/validation'
import type { AppEnv } from './env'

export type AppContext = Context<AppEnv>

export function requireUser(c: AppContext): SessionUser {
  const user = c.get('user')
  if (!user) throw unauthorized()
  return user
}

export function requireRole(user: SessionUser, role: Role): SessionUser {
  if (user.role !== role) throw forbidden(`Only the ${role} may do this.`)
  return user
}

/** The body as JSON: 400 when empty or malformed (size and type were checked on the way in). */
export async function readJson(c: AppContext): Promise<unknown> {
  return parseJson(await c.req.text())
}

/** The request's own origin, as the browser sees it (through the proxy when trusted). */
export function publicOrigin(c: AppContext): string {
  const url = new URL(c.req.url)
  if (!c.get('config').trustProxy) return url.origin
  const proto =
    c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() || url.protocol.slice(0, -1)
  const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim() || url.host
  return `${proto}://${host}`
}

export const isHttps = (c: AppContext): boolean => publicOrigin(c).startsWith('https:')

/** Who is calling, for per-address limits: the proxy's word when trusted, else the socket. */
export function clientAddress(c: AppContext, socketAddress: string | undefined): string {
  if (c.get('config').trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress ?? 'unknown'
}
