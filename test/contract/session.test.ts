import { describe, expect, it } from 'vitest'
import { personaListSchema, sessionUserSchema } from '../../src/lib/api'
import { newClient, signInAs } from './backend'
import { call, expectProblem, parse } from './http'

describe('session', () => {
  it('lists the demo personas to anyone, signed in or not', async () => {
    const personas = parse(personaListSchema, await call('GET', '/session/personas'))
    expect(personas.map((p) => p.id)).toEqual([
      'cllr-banbury',
      'cllr-oxford',
      'cllr-didcot',
      'chair',
    ])
    expect(personas.find((p) => p.id === 'chair')).toMatchObject({
      role: 'chair',
      divisionId: null,
    })
    for (const p of personas.filter((p) => p.role === 'councillor')) {
      expect(p.divisionId).toEqual(expect.any(String))
    }
  })

  it('answers 401 when nobody is signed in', async () => {
    expectProblem(await call('GET', '/session'), 401, 'unauthorized')
  })

  it('signs in as a persona, remembers it, and signs out', async () => {
    const user = parse(
      sessionUserSchema,
      await call('POST', '/session', { body: { personaId: 'cllr-oxford' } }),
    )
    expect(user).toEqual({
      id: 'cllr-oxford',
      name: 'Demo Councillor B',
      role: 'councillor',
      divisionId: 'jericho-and-osney',
    })
    expect(parse(sessionUserSchema, await call('GET', '/session'))).toEqual(user)

    const signOut = await call('DELETE', '/session')
    expect(signOut.status).toBe(204)
    expect(signOut.body).toBeUndefined()
    expectProblem(await call('GET', '/session'), 401)
  })

  it('signing out when signed out is still 204', async () => {
    expect((await call('DELETE', '/session')).status).toBe(204)
  })

  it('refuses an unknown persona with 422 on personaId', async () => {
    const problem = expectProblem(
      await call('POST', '/session', { body: { personaId: 'nobody' } }),
      422,
      'validation',
    )
    expect(problem.errors?.personaId).toEqual(['Choose one of the demo accounts'])
    expectProblem(await call('GET', '/session'), 401)
  })

  it('refuses a body without personaId with 422 from the schema', async () => {
    const problem = expectProblem(await call('POST', '/session', { body: {} }), 422, 'validation')
    expect(problem.errors?.personaId?.length).toBeGreaterThan(0)
  })

  it('refuses malformed JSON with 400', async () => {
    expectProblem(await call('POST', '/session', { rawBody: '{"personaId":' }), 400, 'bad-request')
  })

  it('keeps each client’s session apart', async () => {
    const councillor = newClient()
    await signInAs('chair')
    await councillor.signInAs('cllr-didcot')
    expect(parse(sessionUserSchema, await call('GET', '/session')).id).toBe('chair')
    expect(parse(sessionUserSchema, await councillor.call('GET', '/session')).id).toBe(
      'cllr-didcot',
    )
    await councillor.signInAs(null)
    expect(parse(sessionUserSchema, await call('GET', '/session')).id).toBe('chair')
    expectProblem(await councillor.call('GET', '/session'), 401)
  })

  it('answers 404 problem for an endpoint that does not exist', async () => {
    expectProblem(await call('GET', '/nothing-here'), 404, 'not-found')
  })
})
