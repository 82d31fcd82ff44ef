/*
 * PATCH /concerns/:id may carry an Idempotency-Key, so a chair's change whose answer was lost can
 * be sent again as it was: the same key and body replay the first answer instead of meeting the
 * change's own version bump as a 412.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { concernSchema } from '../../src/lib/api'
import { signInAs, storedConcern } from './backend'
import { call, expectProblem, newKey, parse, raise, type Reply } from './http'

const patchWithKey = (id: string, body: unknown, version: number, key: string): Promise<Reply> =>
  call('PATCH', `/concerns/${id}`, {
    body,
    headers: { 'If-Match': `"${version}"`, 'Idempotency-Key': key },
  })

const repliesOf = async (id: string) =>
  (await storedConcern(id))?.events.filter((e) => e.type === 'reply') ?? []

describe('PATCH /concerns/:id with an Idempotency-Key', () => {
  beforeEach(() => signInAs('chair'))

  it('replays the first 200 for the same key and body, though its If-Match is now stale', async () => {
    const key = newKey()
    const body = { status: 'acknowledged', reply: 'Thank you, we have this.' }
    const first = await patchWithKey('sample-07', body, 1, key)
    const changed = parse(concernSchema, first)
    expect(changed.version).toBe(2)

    const again = await patchWithKey('sample-07', body, 1, key)
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'))

    const stored = await storedConcern('sample-07')
    expect(stored?.version).toBe(2)
    expect(await repliesOf('sample-07')).toHaveLength(1)
  })

  it('treats the same fields in another order as the same body', async () => {
    const key = newKey()
    const first = await patchWithKey(
      'sample-07',
      { reply: 'One reply.', note: 'One note.' },
      1,
      key,
    )
    const again = await patchWithKey(
      'sample-07',
      { note: 'One note.', reply: 'One reply.' },
      1,
      key,
    )
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(await repliesOf('sample-07')).toHaveLength(1)
  })

  it('answers 422 when the key comes again with another body, and changes nothing', async () => {
    const key = newKey()
    parse(concernSchema, await patchWithKey('sample-07', { reply: 'First reply.' }, 1, key))
    const problem = expectProblem(
      await patchWithKey('sample-07', { reply: 'A different reply.' }, 2, key),
      422,
      'idempotency-key-reused',
    )
    expect(problem.detail).toBe('Send a new Idempotency-Key for a new change.')
    const stored = await storedConcern('sample-07')
    expect(stored?.version).toBe(2)
    expect((await repliesOf('sample-07')).map((e) => e.text)).toEqual(['First reply.'])
  })

  it('answers 422 when the key comes again for another concern', async () => {
    const key = newKey()
    parse(concernSchema, await patchWithKey('sample-07', { note: 'Same words.' }, 1, key))
    expectProblem(
      await patchWithKey('sample-06', { note: 'Same words.' }, 3, key),
      422,
      'idempotency-key-reused',
    )
    expect((await storedConcern('sample-06'))?.version).toBe(3)
  })

  it('does not remember a refused change: corrected, it goes through under the same key', async () => {
    const key = newKey()
    expectProblem(await patchWithKey('sample-07', { status: 'closed' }, 1, key), 422, 'validation')
    expectProblem(await patchWithKey('sample-07', { note: 'Late.' }, 9, key), 412, 'edit-conflict')
    parse(concernSchema, await patchWithKey('sample-07', { note: 'Late.' }, 1, key))
  })

  it('keeps each user’s keys apart: a councillor’s POST key is new to the chair', async () => {
    // Keys belong to the user who sent them, and no user may both raise concerns (councillors)
    // and change them (the chair); so a POST key meets a PATCH only under another user.
    const key = newKey()
    await signInAs('cllr-banbury')
    const concern = await raise({}, key)
    await signInAs('chair')
    const changed = parse(
      concernSchema,
      await patchWithKey(concern.id, { status: 'acknowledged' }, 1, key),
    )
    expect(changed.status).toBe('acknowledged')
  })

  it('refuses a key of the wrong length with 400', async () => {
    expectProblem(
      await patchWithKey('sample-07', { note: 'Hello.' }, 1, 'short'),
      400,
      'bad-request',
    )
    expect((await storedConcern('sample-07'))?.version).toBe(1)
  })
})
