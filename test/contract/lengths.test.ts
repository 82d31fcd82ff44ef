/*
 * Lengths are Unicode code points (an emoji is one character, a letter with a combining accent
 * two), the same on every back end and in every form that counts before sending.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { CONCERN_LIMITS, characterCount, concernSchema } from '../../src/lib/api'
import { signInAs, storedConcern } from './backend'
import { call, expectProblem, newConcernBody, newKey, parse } from './http'

// 2,000 code points (CONCERN_LIMITS.replyMax and detailsMax), 3,000 UTF-16 units.
const atTheLimit = `${'😀'.repeat(1000)}${'e\u0301'.repeat(500)}`

describe('lengths', () => {
  it('the text at the limit is what the limits mean', () => {
    expect(characterCount(atTheLimit)).toBe(CONCERN_LIMITS.replyMax)
    expect(CONCERN_LIMITS.detailsMax).toBe(CONCERN_LIMITS.replyMax)
    expect(atTheLimit.length).toBe(3000)
  })

  describe('a reply', () => {
    beforeEach(() => signInAs('chair'))

    it('of exactly the limit in emoji and accents is stored whole', async () => {
      const reply = await call('PATCH', '/concerns/sample-07', {
        body: { reply: atTheLimit },
        headers: { 'If-Match': '"1"' },
      })
      parse(concernSchema, reply)
      const stored = await storedConcern('sample-07')
      expect(stored?.events.at(-1)).toMatchObject({ type: 'reply', text: atTheLimit })
    })

    it('one character over is 422 on reply, and nothing changes', async () => {
      const problem = expectProblem(
        await call('PATCH', '/concerns/sample-07', {
          body: { reply: `${atTheLimit}x` },
          headers: { 'If-Match': '"1"' },
        }),
        422,
      )
      expect(problem.errors?.reply).toEqual(['Reply must be 2,000 characters or fewer'])
      expect((await storedConcern('sample-07'))?.version).toBe(1)
    })
  })

  describe('what a councillor noticed', () => {
    beforeEach(() => signInAs('cllr-banbury'))

    it('of exactly the limit is stored whole; one more is 422', async () => {
      const send = (details: string) =>
        call('POST', '/concerns', {
          body: newConcernBody({ details }),
          headers: { 'Idempotency-Key': newKey() },
        })
      const created = parse(concernSchema, await send(atTheLimit), 201)
      expect(created.details).toBe(atTheLimit)
      const problem = expectProblem(await send(`${atTheLimit}x`), 422)
      expect(Object.keys(problem.errors ?? {})).toEqual(['details'])
    })
  })
})
