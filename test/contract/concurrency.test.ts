/*
 * Requests that arrive together. Every request is started before any is awaited (Promise.all), so
 * a back end that serves them at once has to keep them apart; the assertions only count outcomes,
 * never their order, so they hold however the requests interleave.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { concernSchema, type Concern } from '../../src/lib/api'
import { CLOCK_START, referenceParts, signInAs, storedConcern, storedConcerns } from './backend'
import { call, expectProblem, newConcernBody, newKey, parse, patch, type Reply } from './http'

const TOGETHER = 20

const postConcern = (body: unknown, key: string) =>
  call('POST', '/concerns', { body, headers: { 'Idempotency-Key': key } })

/** The highest reference number used in the clock's year, from the chair's list. */
async function highestReferenceThisYear(): Promise<number> {
  const year = String(CLOCK_START.getUTCFullYear())
  return Math.max(
    0,
    ...(await storedConcerns())
      .map((c) => referenceParts(c.reference))
      .filter(([y]) => y === year)
      .map(([, number]) => number),
  )
}

describe(`${TOGETHER} POST /concerns at once`, () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('with different keys store every one, numbered without gaps or repeats', async () => {
    const before = await highestReferenceThisYear()
    const totalBefore = (await storedConcerns()).length

    const replies = await Promise.all(
      Array.from({ length: TOGETHER }, (_, i) =>
        postConcern(newConcernBody({ title: `Concern number ${i + 1} of a burst` }), newKey()),
      ),
    )
    const created = replies.map((reply) => parse(concernSchema, reply, 201))

    expect(new Set(created.map((c) => c.id)).size).toBe(TOGETHER)
    const numbers = created.map((c) => referenceParts(c.reference)[1]).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: TOGETHER }, (_, i) => before + i + 1))
    expect(new Set(created.map((c) => c.title)).size).toBe(TOGETHER)

    const stored = await storedConcerns()
    expect(stored).toHaveLength(totalBefore + TOGETHER)
    expect(new Set(stored.map((c) => c.reference)).size).toBe(stored.length)
  })

  it('with one key and one body store one concern, and every answer is that first 201', async () => {
    const totalBefore = (await storedConcerns()).length
    const key = newKey()
    const body = newConcernBody({ title: 'Sent twenty times by a flaky connection' })

    const replies = await Promise.all(
      Array.from({ length: TOGETHER }, () => postConcern(body, key)),
    )

    const bodies = replies.map((reply) => parse(concernSchema, reply, 201))
    const first = bodies[0] as Concern
    for (const [i, reply] of replies.entries()) {
      expect(reply.body, `answer ${i}`).toEqual(first)
      expect(reply.headers.get('ETag'), `answer ${i}`).toBe('"1"')
      expect(reply.headers.get('Location'), `answer ${i}`).toBe(replies[0]?.headers.get('Location'))
    }
    const stored = await storedConcerns()
    expect(stored).toHaveLength(totalBefore + 1)
    expect(stored.filter((c) => c.title === body.title).map((c) => c.id)).toEqual([first.id])
  })
})

describe(`${TOGETHER} PATCH /concerns/:id at once with the same If-Match`, () => {
  beforeEach(() => signInAs('chair'))

  it('lets exactly one through; the others get 412 with the concern as it now is', async () => {
    const before = await storedConcern('sample-07')
    expect(before?.version).toBe(1)

    const replies = await Promise.all(
      Array.from({ length: TOGETHER }, (_, i) =>
        patch('sample-07', { note: `Note from change ${i + 1}` }, 1),
      ),
    )

    const won = replies.filter((reply) => reply.status === 200)
    const lost = replies.filter((reply) => reply.status !== 200)
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(TOGETHER - 1)
    const winner = parse(concernSchema, won[0] as Reply)
    expect(winner.version).toBe(2)
    for (const reply of lost) {
      const problem = expectProblem(reply, 412, 'edit-conflict')
      // Refused because the winner changed it, so "current" is the winner's version: an older
      // one would match this If-Match and contradict the 412.
      expect(concernSchema.parse(problem.current)).toEqual(winner)
    }

    const after = await storedConcern('sample-07')
    expect(after?.version).toBe(2)
    const notes = after?.events.filter((e) => e.type === 'note') ?? []
    expect(notes).toHaveLength(1)
    expect(notes[0]?.text).toBe(winner.events.at(-1)?.text)
  })
})
