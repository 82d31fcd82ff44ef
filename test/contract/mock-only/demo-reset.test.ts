import { describe, expect, it } from 'vitest'
import { concernPageSchema } from '../../../src/lib/api'
import { signInAs } from '../backend'
import { mockStore as mockDb } from '../backend/mock'
import { call, expectProblem, parse, patch, raise } from '../http'

// POST /demo/reset is the mock's own (the demo's "Reset demo data"); a server has no such route.

describe('POST /demo/reset', () => {
  it('restores the sample data and signs out', async () => {
    await signInAs('cllr-banbury')
    const mine = await raise()
    await signInAs('chair')
    await patch('sample-07', { status: 'acknowledged' }, 1)

    const reply = await call('POST', '/demo/reset')
    expect(reply.status).toBe(204)
    expectProblem(await call('GET', '/session'), 401)

    const data = mockDb().data
    expect(data.concerns.map((c) => c.id)).not.toContain(mine.id)
    expect(data.concerns).toHaveLength(8)
    expect(data.idempotency).toEqual({})
    expect(mockDb().findConcern('sample-07')?.status).toBe('submitted')

    await signInAs('chair')
    expect(parse(concernPageSchema, await call('GET', '/concerns')).total).toBe(8)
  })

  it('works when nobody is signed in', async () => {
    expect((await call('POST', '/demo/reset')).status).toBe(204)
  })
})
