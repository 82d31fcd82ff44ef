import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { sessions } from '../../server/db/schema'
import { startServer } from './harness'

const MINUTE = 60_000

describe('sessions', () => {
  it('live in an HttpOnly, SameSite=Lax cookie whose token the database never holds', async () => {
    const server = await startServer()
    const reply = await server.app.fetch(
      new Request('http://localhost:3000/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ personaId: 'cllr-oxford' }),
      }),
    )
    expect(reply.status).toBe(200)
    const cookie = reply.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/^ee_session=[A-Za-z0-9_-]{43};/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).not.toMatch(/; Secure/)
    const token = /^ee_session=([^;]+)/.exec(cookie)?.[1] ?? ''
    const rows = await server.database.db.select().from(sessions)
    expect(rows).toHaveLength(1)
    expect(rows[0]?.userId).toBe('cllr-oxford')
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('end after 30 minutes without a request', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    server.advance(29 * MINUTE)
    expect((await client.call('GET', '/session')).status).toBe(200)
    server.advance(29 * MINUTE)
    expect((await client.call('GET', '/session')).status).toBe(200)
    server.advance(31 * MINUTE)
    expect((await client.call('GET', '/session')).status).toBe(401)
    expect(await server.database.db.select().from(sessions)).toHaveLength(0)
  })

  it('end 12 hours after sign-in however busy', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('chair')
    for (let hour = 0; hour < 11; hour += 1) {
      for (let step = 0; step < 3; step += 1) {
        server.advance(20 * MINUTE)
        expect((await client.call('GET', '/session')).status).toBe(200)
      }
    }
    for (let step = 0; step < 2; step += 1) {
      server.advance(20 * MINUTE)
      expect((await client.call('GET', '/session')).status).toBe(200)
    }
    // 12 hours and a moment after sign-in, 20 minutes after the last request.
    server.advance(20 * MINUTE + 1)
    expect((await client.call('GET', '/session')).status).toBe(401)
  })

  it('honour other lifetimes when configured', async () => {
    const server = await startServer({ sessionIdleMinutes: 5 })
    const client = server.client()
    await client.signInAs('chair')
    server.advance(6 * MINUTE)
    expect((await client.call('GET', '/session')).status).toBe(401)
  })

  it('are deleted at sign-out: the old cookie no longer works anywhere', async () => {
    const server = await startServer()
    const request = (cookie: string) =>
      server.app.fetch(
        new Request('http://localhost:3000/api/v1/session', { headers: { Cookie: cookie } }),
      )
    const signIn = await server.app.fetch(
      new Request('http://localhost:3000/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ personaId: 'chair' }),
      }),
    )
    const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
    expect((await request(cookie)).status).toBe(200)
    const signOut = await server.app.fetch(
      new Request('http://localhost:3000/api/v1/session', {
        method: 'DELETE',
        headers: { Cookie: cookie },
      }),
    )
    expect(signOut.status).toBe(204)
    expect(signOut.headers.get('Set-Cookie')).toMatch(/ee_session=;.*Max-Age=0/)
    expect((await request(cookie)).status).toBe(401)
    expect(
      await server.database.db.select().from(sessions).where(eq(sessions.userId, 'chair')),
    ).toHaveLength(0)
  })

  it('signing in again replaces this browser’s session rather than adding one', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    await client.signInAs('cllr-oxford')
    const rows = await server.database.db.select().from(sessions)
    expect(rows.map((row) => row.userId)).toEqual(['cllr-oxford'])
    expect((await client.call('GET', '/session')).body).toMatchObject({ id: 'cllr-oxford' })
  })
})

describe('demo sign-in', () => {
  it('is off unless configured: no personas, no persona sign-in, no demo reset', async () => {
    const server = await startServer({ demoSignIn: false })
    const client = server.client()
    expect((await client.call('GET', '/session/personas')).status).toBe(404)
    const signIn = await client.call('POST', '/session', { body: { personaId: 'chair' } })
    expect(signIn.status).toBe(404)
    expect(JSON.stringify(signIn.body)).toMatch(/council account/)
    expect((await client.call('POST', '/demo/reset')).status).toBe(404)
    expect(await server.database.db.select().from(sessions)).toHaveLength(0)
  })
})
