import { beforeEach, describe, expect, it } from 'vitest'
import { CONCERN_LIMITS, concernSchema } from '../../src/lib/api'
import { CLOCK_START, signInAs, storedTotal } from './backend'
import { BASE, call, expectProblem, newConcernBody, newKey, parse, raise } from './http'

const post = (body: unknown, key: string | null = newKey(), rawBody?: string) =>
  call('POST', '/concerns', {
    ...(rawBody === undefined ? { body } : { rawBody }),
    headers: key === null ? {} : { 'Idempotency-Key': key },
  })

describe('POST /concerns', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('creates the concern: 201, Location, ETag and a yearly reference', async () => {
    const before = await storedTotal()
    const reply = await post(newConcernBody({ title: '  Spaces are trimmed  ' }))
    const concern = parse(concernSchema, reply, 201)

    const year = CLOCK_START.getUTCFullYear()
    expect(concern.reference).toMatch(new RegExp(`^EE-${year}-\\d{4}$`))
    // Absolute or relative (RFC 9110 allows both), it names the new concern.
    expect(new URL(reply.headers.get('Location') ?? '', BASE).href).toBe(
      `${BASE}/concerns/${concern.id}`,
    )
    expect(reply.headers.get('ETag')).toBe('"1"')
    expect(concern).toMatchObject({
      title: 'Spaces are trimmed',
      status: 'submitted',
      version: 1,
      awaitingReply: true,
      unreadReplies: 0,
      sample: false,
      author: { id: 'cllr-banbury', role: 'councillor' },
    })
    expect(concern.events).toEqual([
      expect.objectContaining({ type: 'submitted', fromStatus: null, toStatus: 'submitted' }),
    ])
    expect(await storedTotal()).toBe(before + 1)

    const fetched = parse(concernSchema, await call('GET', `/concerns/${concern.id}`))
    expect(fetched).toEqual(concern)
  })

  it('numbers references one after another within the year', async () => {
    const first = await raise()
    const second = await raise()
    const number = (ref: string) => Number(ref.slice(-4))
    expect(number(second.reference)).toBe(number(first.reference) + 1)
  })

  it('a concern without a request for a reply is not awaiting one', async () => {
    expect((await raise({ wantsReply: false })).awaitingReply).toBe(false)
  })

  it('answers 401 when signed out', async () => {
    await signInAs(null)
    expectProblem(await post(newConcernBody()), 401)
  })

  it('answers 403 to the chair: only councillors raise concerns', async () => {
    await signInAs('chair')
    expectProblem(await post(newConcernBody()), 403, 'forbidden')
  })

  it('needs an Idempotency-Key header (400)', async () => {
    const problem = expectProblem(await post(newConcernBody(), null), 400, 'bad-request')
    expect(problem.detail).toBe('Idempotency-Key header is required')
  })

  it.each(['short', 'x'.repeat(CONCERN_LIMITS.idempotencyKeyMax + 1)])(
    'refuses an Idempotency-Key of the wrong length (%#)',
    async (key) => {
      expectProblem(await post(newConcernBody(), key), 400)
    },
  )

  it('answers 400 for malformed JSON', async () => {
    expectProblem(await post(undefined, newKey(), '{"title": "unfinished'), 400, 'bad-request')
  })

  it('answers 413 for a body over 64 KiB', async () => {
    const body = newConcernBody({ details: 'x'.repeat(64 * 1024) })
    expectProblem(await post(body), 413, 'too-large')
  })

  it('answers 422 with messages per field from the schema', async () => {
    const body = newConcernBody({ title: 'abc', details: 'too short' })
    const problem = expectProblem(await post(body), 422, 'validation')
    expect(problem.errors).toEqual({
      title: ['Title must be 5 characters or more'],
      details: ['What you noticed must be 20 characters or more'],
    })
  })

  it('no longer needs personalDataConfirmed, and still accepts it (decision 0014)', async () => {
    const { personalDataConfirmed: _confirmed, ...unconfirmed } = newConcernBody()
    expect((await post(unconfirmed)).status).toBe(201)
    expect((await post(newConcernBody({ personalDataConfirmed: false }))).status).toBe(201)
  })

  it('answers 422 for a body that is not an object', async () => {
    const problem = expectProblem(await post([1, 2]), 422, 'validation')
    expect(problem.errors?._form?.length).toBeGreaterThan(0)
  })

  it('answers 422 when ids name nothing that exists', async () => {
    const body = newConcernBody({
      divisionId: 'atlantis',
      themeId: 'made-up',
      subThemeId: 'neglect',
      objectiveId: 'objective-7',
    })
    const problem = expectProblem(await post(body), 422, 'validation')
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual([
      'divisionId',
      'objectiveId',
      'subThemeId',
      'themeId',
    ])
  })

  it('answers 422 when the sub-theme belongs to another theme', async () => {
    const body = newConcernBody({ themeId: 'rising-demand', subThemeId: 'neglect' })
    const problem = expectProblem(await post(body), 422)
    expect(problem.errors).toEqual({ subThemeId: ['Choose a sub-theme of the chosen risk theme'] })
  })

  it('accepts the "other" theme without a sub-theme, and refuses one with a sub-theme', async () => {
    await raise({ themeId: 'other', subThemeId: null })
    const problem = expectProblem(await post(newConcernBody({ themeId: 'other' })), 422)
    expect(problem.errors?.subThemeId).toBeDefined()
  })
})

describe('POST /concerns is idempotent', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('replays the first response for the same key and body, storing nothing new', async () => {
    const key = newKey()
    const body = newConcernBody()
    const first = await post(body, key)
    const count = await storedTotal()

    const again = await post({ ...body }, key)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(await storedTotal()).toBe(count)
  })

  it('treats the same fields in another order as the same body', async () => {
    const key = newKey()
    const body = newConcernBody()
    const first = await post(body, key)
    const reordered = Object.fromEntries(Object.entries(body).reverse())
    expect((await post(reordered, key)).body).toEqual(first.body)
  })

  it('answers 422 when the key is reused with a different body', async () => {
    const key = newKey()
    await post(newConcernBody(), key)
    const count = await storedTotal()
    expectProblem(
      await post(newConcernBody({ title: 'Another title' }), key),
      422,
      'idempotency-key-reused',
    )
    expect(await storedTotal()).toBe(count)
  })

  it('keeps each user’s keys apart', async () => {
    const key = newKey()
    await post(newConcernBody(), key)
    await signInAs('cllr-oxford')
    const other = await post(newConcernBody({ title: 'A different councillor' }), key)
    expect(other.status).toBe(201)
  })

  it('lets a refused request be corrected and sent again under the same key', async () => {
    const key = newKey()
    expectProblem(await post(newConcernBody({ title: 'abc' }), key), 422, 'validation')
    expect((await post(newConcernBody(), key)).status).toBe(201)
  })
})
