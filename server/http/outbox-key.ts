/**
 * Each user's outbox key (GET /session/outbox-key): HMAC-SHA256 of their id under a secret the
 * server generates the first time it is needed and keeps in the database, so the key is the same
 * for a user across restarts and instances, differs between users, and cannot be worked out from
 * the user id by anyone without the database.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { AppDb } from '../db/open'
import { serverSecrets } from '../db/schema'

const SECRET_NAME = 'outbox-key'

const secrets = new WeakMap<AppDb, Promise<Buffer>>()

function secretOf(db: AppDb): Promise<Buffer> {
  let secret = secrets.get(db)
  if (!secret) {
    secret = readOrCreateSecret(db)
    // A failure (database down) is not remembered: the next request tries again.
    secret.catch(() => secrets.delete(db))
    secrets.set(db, secret)
  }
  return secret
}

async function readOrCreateSecret(db: AppDb): Promise<Buffer> {
  // Two instances starting together both insert; the first wins and both read its value.
  await db
    .insert(serverSecrets)
    .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, SECRET_NAME))
  if (!row) throw new Error('The outbox key secret could not be stored')
  return Buffer.from(row.value, 'base64url')
}

export async function outboxKeyFor(db: AppDb, userId: string): Promise<string> {
  const secret = await secretOf(db)
  return createHmac('sha256', secret).update(`outbox-key\0${userId}`).digest('base64url')
}
