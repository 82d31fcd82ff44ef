import { beforeEach, describe, expect, it } from 'vitest'
import {
  CONCERN_LIMITS,
  CONCERN_MESSAGES,
  concernPageSchema,
  concernSchema,
  type Concern,
} from '../../src/lib/api'
import { newClient, signInAs, storedConcern, storedConcerns, type Client } from './backend'
import { call, expectProblem, newKey, parse, patch, postMessage, raise } from './http'

// POST /concerns/:id/messages (decision 0014): the author adds information, e.g. to answer the
// chair's "Ask for more information"; the chair's queue says the councillor replied.

const TEXT = 'The group meets on Tuesday evenings, and the youth club has closed since May.'

const stored = async (id: string): Promise<Concern> => {
  const concern = await storedConcern(id)
  if (!concern) throw new Error(`no concern ${id}`)
  return concern
}

/** The page's total of unread replies for whoever the client is. */
const unreadTotal = async (client: Client, query = '') =>
  parse(concernPageSchema, await client.call('GET', `/concerns?pageSize=1${query}`)).unreadReplies

describe('POST /concerns/:id/messages', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('adds a message event by the author and answers 201 with the whole concern', async () => {
    const before = await stored('sample-04')
    const reply = await postMessage('sample-04', { text: `  ${TEXT}\r\n ` })
    const concern = parse(concernSchema, reply, 201)
    expect(concern.id).toBe('sample-04')
    expect(concern.version).toBe(before.version + 1)
    expect(reply.headers.get('ETag')).toBe(`"${concern.version}"`)
    expect(concern.events).toHaveLength(before.events.filter((e) => e.type !== 'note').length + 1)
    expect(concern.events.at(-1)).toMatchObject({
      type: 'message',
      text: TEXT,
      actor: { id: 'cllr-banbury', role: 'councillor' },
      fromStatus: null,
      toStatus: null,
      redactedField: null,
    })
    expect(concern.councillorReplied).toBe(true)
    expect(concern.status).toBe(before.status)

    const forChair = await stored('sample-04')
    expect(forChair.events.at(-1)).toMatchObject({ type: 'message', text: TEXT })
    expect(forChair.councillorReplied).toBe(true)
  })

  it('is the author’s alone: 403 for the chair, 404 for another councillor, 401 signed out', async () => {
    await signInAs('chair')
    expectProblem(await postMessage('sample-04', { text: TEXT }), 403, 'forbidden')
    await signInAs('cllr-oxford')
    expectProblem(await postMessage('sample-04', { text: TEXT }), 404, 'not-found')
    expectProblem(await postMessage('no-such-concern', { text: TEXT }), 404, 'not-found')
    await signInAs(null)
    expectProblem(await postMessage('sample-04', { text: TEXT }), 401)
    expect((await stored('sample-04')).events.some((e) => e.type === 'message')).toBe(false)
  })

  it('refuses empty, too long or hidden-character text with 422 in the contract’s words', async () => {
    const empty = expectProblem(await postMessage('sample-04', { text: '   ' }), 422, 'validation')
    expect(empty.errors).toEqual({ text: [CONCERN_MESSAGES.messageMissing] })
    expect(CONCERN_MESSAGES.messageMissing).toBe('Enter the information you want to add')
    const long = 'a'.repeat(CONCERN_LIMITS.messageMax + 1)
    const tooLong = expectProblem(await postMessage('sample-04', { text: long }), 422)
    expect(tooLong.errors?.text).toHaveLength(1)
    const hidden = expectProblem(await postMessage('sample-04', { text: 'abc\u202Edef' }), 422)
    expect(hidden.errors?.text).toHaveLength(1)
    expectProblem(await postMessage('sample-04', { words: TEXT }), 422)
    const exactly = parse(
      concernSchema,
      await postMessage('sample-04', { text: 'b'.repeat(CONCERN_LIMITS.messageMax) }),
      201,
    )
    expect(exactly.events.at(-1)?.text).toHaveLength(CONCERN_LIMITS.messageMax)
  })

  it('needs an Idempotency-Key (400)', async () => {
    expectProblem(await postMessage('sample-04', { text: TEXT }, null), 400, 'bad-request')
  })

  it('replays the first answer for the same key and body, and stores one message', async () => {
    const key = newKey()
    const first = await postMessage('sample-04', { text: TEXT }, key)
    const again = await postMessage('sample-04', { text: TEXT }, key)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'))
    const messages = (await stored('sample-04')).events.filter((e) => e.type === 'message')
    expect(messages).toHaveLength(1)
  })

  it('stores one message for two racing requests with one key, and both get its answer', async () => {
    const key = newKey()
    const [a, b] = await Promise.all([
      postMessage('sample-04', { text: TEXT }, key),
      postMessage('sample-04', { text: TEXT }, key),
    ])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(b.body).toEqual(a.body)
    const messages = (await stored('sample-04')).events.filter((e) => e.type === 'message')
    expect(messages).toHaveLength(1)
  })

  it('keeps both of two racing messages with their own keys, one version each', async () => {
    const before = await stored('sample-04')
    await Promise.all([
      postMessage('sample-04', { text: 'First thing.' }),
      postMessage('sample-04', { text: 'Second thing.' }),
    ])
    const after = await stored('sample-04')
    expect(after.version).toBe(before.version + 2)
    const texts = after.events.filter((e) => e.type === 'message').map((e) => e.text)
    expect(texts.sort()).toEqual(['First thing.', 'Second thing.'])
  })

  it('refuses a key reused with another body or for another concern (422)', async () => {
    const key = newKey()
    parse(concernSchema, await postMessage('sample-04', { text: TEXT }, key), 201)
    const other = expectProblem(
      await postMessage('sample-04', { text: 'Something else entirely.' }, key),
      422,
      'idempotency-key-reused',
    )
    expect(other.detail).toBe('Send a new Idempotency-Key for a new message.')
    expectProblem(
      await postMessage('sample-07', { text: TEXT }, key),
      422,
      'idempotency-key-reused',
    )
    // A concern's key is not a message's either.
    const concern = await raise()
    expectProblem(
      await call('POST', '/concerns', {
        body: { text: TEXT },
        headers: { 'Idempotency-Key': key },
      }),
      422,
      'idempotency-key-reused',
    )
    expect((await stored(concern.id)).events.some((e) => e.type === 'message')).toBe(false)
  })

  it('is refused on a closed concern (409)', async () => {
    const closed = (await storedConcerns()).find((c) => c.status === 'closed')
    if (!closed) throw new Error('no closed sample concern')
    const author = newClient()
    await author.signInAs(closed.author.id as 'cllr-didcot')
    const problem = expectProblem(
      await postMessage(closed.id, { text: TEXT }, newKey(), author),
      409,
      'concern-closed',
    )
    expect(problem.title).toBe('This concern is closed')
    expect((await stored(closed.id)).version).toBe(closed.version)
  })

  it('says the councillor replied until the chair replies, in the concern and the queue', async () => {
    const concern = await raise()
    expect(concern.councillorReplied).toBe(false)
    await postMessage(concern.id, { text: TEXT })

    const chair = newClient()
    await chair.signInAs('chair')
    const queue = parse(concernPageSchema, await chair.call('GET', '/concerns?pageSize=100'))
    expect(queue.items.find((item) => item.id === concern.id)?.councillorReplied).toBe(true)
    expect(queue.items.find((item) => item.id === 'sample-07')?.councillorReplied).toBe(false)

    const version = (await stored(concern.id)).version
    const answered = parse(
      concernSchema,
      await patch(concern.id, { reply: 'Thank you, that helps.' }, version, chair),
    )
    expect(answered.councillorReplied).toBe(false)
    // A note is not an answer; another message asks again.
    await patch(concern.id, { note: 'Noted.' }, answered.version, chair)
    expect((await stored(concern.id)).councillorReplied).toBe(false)
    const again = parse(
      concernSchema,
      await postMessage(concern.id, { text: 'One more thing.' }),
      201,
    )
    expect(again.councillorReplied).toBe(true)
  })

  it('makes a version the chair loaded stale (412 for their change)', async () => {
    const chair = newClient()
    await chair.signInAs('chair')
    const loaded = await stored('sample-04')
    await postMessage('sample-04', { text: TEXT })
    expectProblem(await patch('sample-04', { note: 'Late.' }, loaded.version, chair), 412)
  })
})

describe('unreadReplies on a page of concerns', () => {
  it('counts the author’s unread replies over the whole filter, and clears as each is opened', async () => {
    await signInAs('cllr-banbury')
    const councillor = newClient()
    await councillor.signInAs('cllr-banbury')
    const before = await unreadTotal(councillor)
    const items = parse(concernPageSchema, await councillor.call('GET', '/concerns?pageSize=100'))
    expect(before).toBe(items.items.reduce((sum, item) => sum + item.unreadReplies, 0))

    const first = await raise()
    const second = await raise()
    const chair = newClient()
    await chair.signInAs('chair')
    for (const concern of [first, second]) {
      const reply = await patch(concern.id, { reply: 'Can you tell us more?' }, 1, chair)
      expect(reply.status).toBe(200)
    }
    expect(await unreadTotal(chair)).toBe(0)

    // pageSize=1: the total is over every concern of the filter, not the one on the page.
    expect(await unreadTotal(councillor)).toBe(before + 2)
    expect(await unreadTotal(councillor, '&status=submitted')).toBe(
      parse(
        concernPageSchema,
        await councillor.call('GET', '/concerns?pageSize=100&status=submitted'),
      ).items.reduce((sum, item) => sum + item.unreadReplies, 0),
    )
    expect((await councillor.call('POST', `/concerns/${first.id}/read`)).status).toBe(204)
    expect(await unreadTotal(councillor)).toBe(before + 1)
    await councillor.call('POST', `/concerns/${second.id}/read`)
    expect(await unreadTotal(councillor)).toBe(before)

    const other = newClient()
    await other.signInAs('cllr-oxford')
    const theirs = parse(concernPageSchema, await other.call('GET', '/concerns?pageSize=100'))
    expect(theirs.unreadReplies).toBe(
      theirs.items.reduce((sum, item) => sum + item.unreadReplies, 0),
    )
  })
})
