import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../server/http/security'
import { concernBody, newKey, startServer } from './harness'

const API = 'http://localhost:3000/api/v1'

describe('security of every answer', () => {
  it('sends the security headers, and no-store on the API', async () => {
    const server = await startServer()
    const response = await server.app.fetch(new Request(`${API}/session`))
    expect(response.status).toBe(401)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    // Plain HTTP: no HSTS, which would be ignored and misleading.
    expect(response.headers.get('Strict-Transport-Security')).toBeNull()
  })

  it('sends HSTS and a Secure cookie behind an HTTPS proxy it trusts, and not when it does not', async () => {
    const signIn = (trustProxy: boolean) =>
      startServer({ trustProxy }).then((server) =>
        server.app.fetch(
          new Request(`${API}/session`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'X-Forwarded-Proto': 'https',
              'X-Forwarded-Host': 'eyes.example.org',
              Origin: 'https://eyes.example.org',
            },
            body: JSON.stringify({ personaId: 'chair' }),
          }),
        ),
      )
    const trusted = await signIn(true)
    expect(trusted.status).toBe(200)
    expect(trusted.headers.get('Strict-Transport-Security')).toMatch(/max-age=31536000/)
    expect(trusted.headers.get('Set-Cookie')).toMatch(/; Secure/)
    // Untrusted, the forwarded origin is someone's claim: the Origin does not match this server.
    expect((await signIn(false)).status).toBe(403)
  })
})

describe('cross-site requests (CSRF)', () => {
  const post = (headers: Record<string, string>) =>
    startServer().then(async (server) => {
      const client = server.client()
      await client.signInAs('cllr-banbury')
      const reply = await client.call('POST', '/concerns', {
        body: concernBody(),
        headers: { 'Idempotency-Key': newKey(), ...headers },
      })
      const stored = server.client('chair')
      await stored.signInAs('chair')
      const list = await stored.call('GET', '/concerns?q=young+people+out+late')
      return { reply, stored: (list.body as { total: number }).total }
    })

  it('refuses a change from another site by its Origin, storing nothing', async () => {
    const { reply, stored } = await post({ Origin: 'https://evil.example' })
    expect(reply.status).toBe(403)
    expect(reply.headers.get('Content-Type')).toBe('application/problem+json')
    expect(stored).toBe(0)
  })

  it('refuses a change the browser marks cross-site or same-site', async () => {
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).reply.status).toBe(403)
    expect((await post({ 'Sec-Fetch-Site': 'same-site' })).reply.status).toBe(403)
  })

  it('accepts its own pages (same origin) and clients that are not browsers', async () => {
    const same = await post({ Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-origin' })
    expect(same.reply.status).toBe(201)
    expect(same.stored).toBe(1)
    expect((await post({})).reply.status).toBe(201)
  })

  it('lets reading requests through from anywhere (they change nothing)', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('chair')
    const reply = await client.call('GET', '/objectives', {
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(reply.status).toBe(200)
  })
})

describe('request bodies', () => {
  it('are JSON only: a form post or plain text is 415', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const reply = await client.call('POST', '/concerns', {
        rawBody: JSON.stringify(concernBody()),
        headers: { 'Idempotency-Key': newKey(), 'Content-Type': type },
      })
      expect(reply.status, type).toBe(415)
    }
    const sent = await client.call('POST', '/concerns', {
      rawBody: JSON.stringify(concernBody()),
      headers: { 'Idempotency-Key': newKey(), 'Content-Type': 'application/json; charset=utf-8' },
    })
    expect(sent.status).toBe(201)
  })

  it('over 64 KB are 413 before anything reads them, even when they are not JSON', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    const huge = 'x'.repeat(64 * 1024 + 1)
    for (const rawBody of [huge, JSON.stringify(concernBody({ details: huge }))]) {
      const reply = await client.call('POST', '/concerns', {
        rawBody,
        headers: { 'Idempotency-Key': newKey() },
      })
      expect(reply.status).toBe(413)
      expect(reply.body).toMatchObject({ status: 413, title: 'The request is too large' })
    }
  })

  it('a megabyte pasted into a field is refused whole, and nothing is stored', async () => {
    const server = await startServer()
    const client = server.client()
    await client.signInAs('cllr-banbury')
    const reply = await client.call('POST', '/concerns', {
      body: concernBody({ details: 'é'.repeat(1024 * 1024), title: 'A megabyte of text' }),
      headers: { 'Idempotency-Key': newKey() },
    })
    expect(reply.status).toBe(413)
    const chair = server.client('chair')
    await chair.signInAs('chair')
    const list = await chair.call('GET', '/concerns?q=a+megabyte')
    expect(list.body).toMatchObject({ total: 0 })
  })
})
