import { describe, expect, it } from 'vitest'
import { concernBody, newKey, startServer } from './harness'

describe('rate limits', () => {
  it('POST /concerns: past the limit a councillor gets 429 with Retry-After, and nothing is stored', async () => {
    const server = await startServer({
      rateLimit: { concernsPerMinute: 3, signInsPerMinute: 100 },
    })
    const client = server.client()
    await client.signInAs('cllr-banbury')
    const keys = [newKey(), newKey(), newKey(), newKey()]
    const send = (key: string, title: string) =>
      client.call('POST', '/concerns', {
        body: concernBody({ title }),
        headers: { 'Idempotency-Key': key },
      })
    for (const [i, key] of keys.slice(0, 3).entries()) {
      expect((await send(key, `Limit test concern ${i}`)).status).toBe(201)
    }
    server.advance(20_000)
    const refused = await send(keys[3] ?? '', 'Limit test concern 3')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('40')
    expect(refused.body).toMatchObject({ status: 429, title: 'Too many requests' })

    // Resending what was already stored is a replay, not a new concern: never limited.
    expect((await send(keys[0] ?? '', 'Limit test concern 0')).status).toBe(201)

    server.advance(40_000)
    expect((await send(keys[3] ?? '', 'Limit test concern 3')).status).toBe(201)

    const chair = server.client('chair')
    await chair.signInAs('chair')
    expect((await chair.call('GET', '/concerns?q=limit+test+concern')).body).toMatchObject({
      total: 4,
    })
  })

  it('counts each councillor separately', async () => {
    const server = await startServer({
      rateLimit: { concernsPerMinute: 1, signInsPerMinute: 100 },
    })
    for (const persona of ['cllr-banbury', 'cllr-oxford'] as const) {
      const client = server.client(persona)
      await client.signInAs(persona)
      const reply = await client.call('POST', '/concerns', {
        body: concernBody({ divisionId: 'jericho-and-osney' }),
        headers: { 'Idempotency-Key': newKey() },
      })
      expect(reply.status).toBe(201)
    }
  })

  it('POST /session: past the limit for one address, 429 with Retry-After', async () => {
    const server = await startServer({
      trustProxy: true,
      rateLimit: { concernsPerMinute: 100, signInsPerMinute: 2 },
    })
    const signIn = (address: string) =>
      server.app.fetch(
        new Request('http://localhost:3000/api/v1/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
          body: JSON.stringify({ personaId: 'chair' }),
        }),
      )
    expect((await signIn('203.0.113.5')).status).toBe(200)
    expect((await signIn('203.0.113.5')).status).toBe(200)
    const refused = await signIn('203.0.113.5')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await signIn('203.0.113.6')).status).toBe(200)
  })
})
