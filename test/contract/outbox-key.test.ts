import { describe, expect, it } from 'vitest'
import { outboxKeySchema } from '../../src/lib/api'
import { newClient, signInAs } from './backend'
import { call, expectProblem, parse } from './http'

// GET /session/outbox-key: the key a councillor's kept concerns are locked with on the device.
describe('outbox key', () => {
  it('is the same every time for a signed-in user, and never cached', async () => {
    await signInAs('cllr-banbury')
    const first = await call('GET', '/session/outbox-key')
    expect(first.headers.get('Cache-Control')).toContain('no-store')
    const { key } = parse(outboxKeySchema, first)
    expect(Buffer.from(key, 'base64url')).toHaveLength(32)
    expect(parse(outboxKeySchema, await call('GET', '/session/outbox-key')).key).toBe(key)

    // Signing out and in again (a new session) gives the same key.
    await call('DELETE', '/session')
    await signInAs('cllr-banbury')
    expect(parse(outboxKeySchema, await call('GET', '/session/outbox-key')).key).toBe(key)
  })

  it('differs between users', async () => {
    const keys = new Set<string>()
    for (const persona of ['cllr-banbury', 'cllr-oxford', 'cllr-didcot', 'chair'] as const) {
      await signInAs(persona)
      keys.add(parse(outboxKeySchema, await call('GET', '/session/outbox-key')).key)
    }
    expect(keys.size).toBe(4)
  })

  it('differs between two users signed in at once on two devices', async () => {
    const other = newClient()
    await signInAs('cllr-banbury')
    await other.signInAs('cllr-oxford')
    const mine = parse(outboxKeySchema, await call('GET', '/session/outbox-key')).key
    const theirs = parse(outboxKeySchema, await other.call('GET', '/session/outbox-key')).key
    expect(mine).not.toBe(theirs)
  })

  it('answers 401 when nobody is signed in', async () => {
    expectProblem(await call('GET', '/session/outbox-key'), 401, 'unauthorized')
    await signInAs('cllr-oxford')
    await call('DELETE', '/session')
    expectProblem(await call('GET', '/session/outbox-key'), 401, 'unauthorized')
  })
})
