/*
 * Free text is refused, not cleaned, when it holds characters that would make the record read
 * differently from what was stored: line breaks in one-line fields, control characters, half a
 * surrogate pair, and direction overrides. Multi-line text may hold line breaks and tabs.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { concernSchema } from '../../src/lib/api'
import { signInAs, storedConcern, storedTotal } from './backend'
import { call, expectProblem, newConcernBody, newKey, parse } from './http'

const post = (body: unknown) =>
  call('POST', '/concerns', { body, headers: { 'Idempotency-Key': newKey() } })

const HIDDEN = {
  'a bell (U+0007)': '\u0007',
  'a NUL (U+0000)': '\u0000',
  'an escape (U+001B)': '\u001b',
  'a C1 control (U+0085)': '\u0085',
  'a lone high surrogate (U+D800)': '\ud800',
  'a lone low surrogate (U+DC00)': '\udc00',
  'a right-to-left override (U+202E)': '\u202e',
  'a left-to-right isolate (U+2066)': '\u2066',
}
const LINE_BREAKS = {
  'a line feed': '\n',
  'a carriage return': '\r',
  'a line separator (U+2028)': '\u2028',
}

/** The character in the middle of otherwise fine text, so only the character can be at fault. */
const around = (field: 'title' | 'details' | 'location', character: string) =>
  field === 'details'
    ? `Something noticed on a visit ${character} that the Board should know about.`
    : `Young people ${character} near the shops`

describe('text hygiene in POST /concerns', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  describe.each(['title', 'location'] as const)('the %s (one line)', (field) => {
    it.each(Object.entries({ ...HIDDEN, ...LINE_BREAKS, 'a tab': '\t' }))(
      'refuses %s with 422 on the field, storing nothing',
      async (_name, character) => {
        const before = await storedTotal()
        const problem = expectProblem(
          await post(newConcernBody({ [field]: around(field, character) })),
          422,
          'validation',
        )
        expect(Object.keys(problem.errors ?? {})).toEqual([field])
        expect(problem.errors?.[field]?.length).toBeGreaterThan(0)
        expect(await storedTotal()).toBe(before)
      },
    )
  })

  describe('the details (several lines)', () => {
    it.each(Object.entries(HIDDEN))(
      'refuses %s with 422 on details, storing nothing',
      async (_name, character) => {
        const before = await storedTotal()
        const problem = expectProblem(
          await post(newConcernBody({ details: around('details', character) })),
          422,
          'validation',
        )
        expect(Object.keys(problem.errors ?? {})).toEqual(['details'])
        expect(await storedTotal()).toBe(before)
      },
    )

    it('keeps line feeds and tabs exactly as sent', async () => {
      const details = 'First line of what was noticed.\n\n\tAn indented second paragraph.\nEnd.'
      const created = parse(concernSchema, await post(newConcernBody({ details })), 201)
      expect(created.details).toBe(details)
      expect((await storedConcern(created.id))?.details).toBe(details)
    })

    it('keeps right-to-left writing and its marks, and whole emoji', async () => {
      const details = 'Said in Arabic: \u200fمرحبا بكم\u200e, and then 👩‍👧 with a thumbs up 👍🏽.'
      const title = 'Families 👨‍👩‍👧 asking for help'
      const created = parse(concernSchema, await post(newConcernBody({ title, details })), 201)
      const stored = await storedConcern(created.id)
      expect([stored?.title, stored?.details]).toEqual([title, details])
    })
  })
})
