/**
 * Server-side sessions: a random 256-bit token in an HttpOnly, SameSite=Lax cookie (Secure over
 * HTTPS); the database keeps only its SHA-256. A session ends after SESSION_IDLE_MINUTES without
 * a request, SESSION_MAX_HOURS after sign-in, or at sign-out, whichever comes first.
 */
import { createHash, randomBytes } from 'node:crypto'
import { eq, lt, or } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { SessionUser } from '../../src/lib/api/schemas'
import { sessions } from '../db/schema'
import type { AppEnv } from './env'
import { isHttps, type AppContext } from './request'

export const SESSION_COOKIE = 'ee_session'

/** lastSeenAt is written at most this often, so reads do not all become writes. */
const TOUCH_AFTER_MS = 60_000

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex')

export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null)
  c.set('sessionHash', null)
  const token = getCookie(c, SESSION_COOKIE)
  if (token) {
    const tokenHash = hashOf(token)
    const { db } = c.get('database')
    const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))
    const now = c.get('now')().getTime()
    const { sessionIdleMinutes, sessionMaxHours } = c.get('config')
    const live =
      row !== undefined &&
      now - row.lastSeenAt.getTime() < sessionIdleMinutes * 60_000 &&
      now - row.createdAt.getTime() < sessionMaxHours * 3_600_000
    if (row && live) {
      c.set('user', {
        id: row.userId,
        name: row.userName,
        role: row.role as SessionUser['role'],
        divisionId: row.divisionId,
      })
      c.set('sessionHash', tokenHash)
      if (now - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
        await db
          .update(sessions)
          .set({ lastSeenAt: new Date(now) })
          .where(eq(sessions.tokenHash, tokenHash))
      }
    } else {
      if (row) await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
      clearSessionCookie(c)
    }
  }
  await next()
}

/** Signs this browser in as user: a new session (any earlier one of this browser ends). */
export async function startSession(c: AppContext, user: SessionUser): Promise<void> {
  const { db } = c.get('database')
  const previous = c.get('sessionHash')
  if (previous) await db.delete(sessions).where(eq(sessions.tokenHash, previous))
  const token = randomBytes(32).toString('base64url')
  const now = c.get('now')()
  await db.insert(sessions).values({
    tokenHash: hashOf(token),
    userId: user.id,
    userName: user.name,
    role: user.role,
    divisionId: user.divisionId,
    createdAt: now,
    lastSeenAt: now,
  })
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: c.get('config').sessionMaxHours * 3600,
  })
  await pruneExpired(c)
}

export async function endSession(c: AppContext): Promise<void> {
  const hash = c.get('sessionHash')
  if (hash) await c.get('database').db.delete(sessions).where(eq(sessions.tokenHash, hash))
  clearSessionCookie(c)
}

function clearSessionCookie(c: AppContext): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: isHttps(c),
    httpOnly: true,
    sameSite: 'Lax',
  })
}

/** Sessions nobody will use again, removed now and then (at each sign-in) so the table stays small. */
async function pruneExpired(c: AppContext): Promise<void> {
  const now = c.get('now')().getTime()
  const { sessionIdleMinutes, sessionMaxHours } = c.get('config')
  await c
    .get('database')
    .db.delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, new Date(now - sessionIdleMinutes * 60_000)),
        lt(sessions.createdAt, new Date(now - sessionMaxHours * 3_600_000)),
      ),
    )
}
