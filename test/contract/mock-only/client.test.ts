// @vitest-environment jsdom
// jsdom: localStorage, navigator and the page origin the app's client resolves /api/v1 against.
import { describe, expect, it } from 'vitest'
import {
  apiRequest,
  apiSend,
  ApiError,
  concernSchema,
  concernPageSchema,
  sessionUserSchema,
} from '../../../src/lib/api'
import { signInAs } from '../backend'
import { newConcernBody } from '../http'

/** The app's own client against the mock: the problems it gets back become ApiErrors. */
describe('the API client against the mock server', () => {
  it('signs in, raises a concern and lists it', async () => {
    const { data: user } = await apiRequest(sessionUserSchema, '/session', {
      method: 'POST',
      body: { personaId: 'cllr-didcot' },
    })
    expect(user.id).toBe('cllr-didcot')

    const created = await apiRequest(concernSchema, '/concerns', {
      method: 'POST',
      body: newConcernBody({ divisionId: 'didcot-west' }),
      headers: { 'Idempotency-Key': 'client-test-key-1' },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('ETag')).toBe('"1"')

    const { data: page } = await apiRequest(concernPageSchema, '/concerns', {
      query: { status: ['submitted'], division: 'didcot-west', sort: 'oldest' },
    })
    expect(page.items.map((i) => i.id)).toEqual([created.data.id])
  })

  it('turns problems into ApiErrors with status, title and field errors', async () => {
    const unauthorized = await apiRequest(sessionUserSchema, '/session').catch((e: unknown) => e)
    expect(unauthorized).toBeInstanceOf(ApiError)
    expect(unauthorized).toMatchObject({ kind: 'http', status: 401, title: 'Sign in to continue' })

    await signInAs('cllr-banbury')
    const invalid = await apiRequest(concernSchema, '/concerns', {
      method: 'POST',
      body: newConcernBody({ title: 'abc' }),
      headers: { 'Idempotency-Key': 'client-test-key-2' },
    }).catch((e: unknown) => e)
    expect(invalid).toMatchObject({
      status: 422,
      fieldErrors: { title: ['Title must be 5 characters or more'] },
    })
    expect((invalid as ApiError).isTransient).toBe(false)
  })

  it('apiSend handles the 204 answers', async () => {
    await signInAs('cllr-didcot')
    await expect(apiSend('/concerns/sample-06/read', { method: 'POST' })).resolves.toBeUndefined()
    await expect(apiSend('/session', { method: 'DELETE' })).resolves.toBeUndefined()
  })
})
