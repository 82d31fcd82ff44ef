import { beforeEach, describe, expect, it } from 'vitest'
import { concernSchema, type ConcernStatus } from '../../src/lib/api'
import { STATUS_MOVES, STATUSES } from '../../src/lib/api'
import { CLOCK_START, newClient, signInAs, storedConcern, storedConcerns } from './backend'
import { call, expectProblem, parse, patch, raise } from './http'

const get = (id: string) => call('GET', `/concerns/${id}`)

/** What is stored, as the chair reads it through the API. */
const stored = async (id: string) => {
  const concern = await storedConcern(id)
  if (!concern) throw new Error(`no concern ${id}`)
  return concern
}

/** A sample concern in this status (the samples cover every status). */
const sampleIn = async (status: ConcernStatus) => {
  const concern = (await storedConcerns()).find((c) => c.status === status)
  if (!concern) throw new Error(`no sample concern is ${status}`)
  return concern
}

describe('GET /concerns/:id', () => {
  it('gives the owner their concern with an ETag of its version', async () => {
    await signInAs('cllr-banbury')
    const reply = await get('sample-01')
    const concern = parse(concernSchema, reply)
    expect(reply.headers.get('ETag')).toBe(`"${concern.version}"`)
    expect(concern.version).toBe(4)
    expect(concern.events.map((e) => e.type)).toEqual([
      'submitted',
      'status-changed',
      'reply',
      'status-changed',
      'status-changed',
      'reply',
    ])
    expect(concern.events.at(-2)).toMatchObject({
      fromStatus: 'in-review',
      toStatus: 'referred',
      referredTo: 'Kingfisher Team',
      actor: { id: 'chair', role: 'chair' },
    })
  })

  it('answers 404, not 403, for another councillor’s concern', async () => {
    await signInAs('cllr-oxford')
    expectProblem(await get('sample-01'), 404, 'not-found')
  })

  it('answers 404 for an id that does not exist, and 401 when signed out', async () => {
    await signInAs('chair')
    expectProblem(await get('no-such-concern'), 404)
    await signInAs(null)
    expectProblem(await get('sample-01'), 401)
  })

  it('shows internal notes to the chair only', async () => {
    await signInAs('chair')
    const forChair = parse(concernSchema, await get('sample-04'))
    expect(forChair.events.filter((e) => e.type === 'note')).toHaveLength(1)

    await signInAs('cllr-banbury')
    const reply = await get('sample-04')
    const forAuthor = parse(concernSchema, reply)
    expect(forAuthor.events.some((e) => e.type === 'note')).toBe(false)
    expect(JSON.stringify(reply.body)).not.toContain('Ask the youth service')
  })
})

describe('PATCH /concerns/:id', () => {
  beforeEach(() => signInAs('chair'))

  it('moves the status, records who and when, and bumps the version and ETag', async () => {
    const reply = await patch('sample-07', { status: 'acknowledged' }, 1)
    const concern = parse(concernSchema, reply)
    expect(concern.status).toBe('acknowledged')
    expect(concern.version).toBe(2)
    expect(reply.headers.get('ETag')).toBe('"2"')
    expect(concern.events.at(-1)).toMatchObject({
      type: 'status-changed',
      fromStatus: 'submitted',
      toStatus: 'acknowledged',
      actor: { id: 'chair', name: 'Demo Chair', role: 'chair' },
      text: null,
    })
    expect(Date.parse(concern.events.at(-1)?.at ?? '')).toBeGreaterThan(CLOCK_START.getTime())
    expect(concern.updatedAt).toBe(concern.events.at(-1)?.at)
    expect((await stored('sample-07')).version).toBe(2)
  })

  it('a reply ends the wait for one and is unread for the author until they read it', async () => {
    const concern = parse(concernSchema, await patch('sample-07', { reply: '  Thank you.  ' }, 1))
    expect(concern.awaitingReply).toBe(false)
    expect(concern.status).toBe('submitted')
    expect(concern.events.at(-1)).toMatchObject({ type: 'reply', text: 'Thank you.' })
    expect(concern.unreadReplies).toBe(0)

    await signInAs('cllr-banbury')
    expect(parse(concernSchema, await get('sample-07')).unreadReplies).toBe(1)
    const read = await call('POST', '/concerns/sample-07/read')
    expect(read.status).toBe(204)
    const after = parse(concernSchema, await get('sample-07'))
    expect(after.unreadReplies).toBe(0)
    expect(after.version).toBe(2)
  })

  it('records a status move, a reply and a note sent together as three events, one version', async () => {
    const body = { status: 'in-review', reply: 'Looking into it.', note: 'Check with partners.' }
    // sample-05: acknowledged with a question (version 2), then the councillor's answer (3).
    const concern = parse(concernSchema, await patch('sample-05', body, 3))
    expect(concern.version).toBe(4)
    expect(concern.councillorReplied).toBe(false)
    expect(concern.events.slice(-3).map((e) => [e.type, e.text])).toEqual([
      ['status-changed', null],
      ['reply', 'Looking into it.'],
      ['note', 'Check with partners.'],
    ])

    await signInAs('cllr-oxford')
    const forAuthor = parse(concernSchema, await get('sample-05'))
    expect(forAuthor.events.map((e) => e.type)).toEqual([
      'submitted',
      'status-changed',
      'reply',
      'message',
      'status-changed',
      'reply',
    ])
  })

  it('needs If-Match (428)', async () => {
    expectProblem(
      await patch('sample-07', { status: 'acknowledged' }, null),
      428,
      'precondition-required',
    )
    expect((await stored('sample-07')).version).toBe(1)
  })

  it('answers 412 with the current concern when the version is stale', async () => {
    await patch('sample-07', { reply: 'First answer.' }, 1)
    const problem = expectProblem(
      await patch('sample-07', { status: 'acknowledged' }, 1),
      412,
      'edit-conflict',
    )
    const current = concernSchema.parse(problem.current)
    expect(current.version).toBe(2)
    expect(current.events.at(-1)?.text).toBe('First answer.')
    expect((await stored('sample-07')).status).toBe('submitted')
  })

  it('a change by another chair’s session makes a loaded version stale', async () => {
    const otherChair = newClient()
    await otherChair.signInAs('chair')
    expect((await patch('sample-06', { note: 'First note.' }, 3, otherChair)).status).toBe(200)
    const problem = expectProblem(await patch('sample-06', { note: 'Late note.' }, 3), 412)
    expect(concernSchema.parse(problem.current).version).toBe(4)
  })

  const allMoves = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const))
  const illegal = allMoves.filter(([from, to]) => !STATUS_MOVES[from].includes(to))

  it.each(illegal)('refuses the move %s → %s with 422', async (from, to) => {
    const concern = await sampleIn(from)
    const problem = expectProblem(
      await patch(
        concern.id,
        { status: to, referredTo: 'MASH', closeReason: 'Done' },
        concern.version,
      ),
      422,
      'validation',
    )
    expect(problem.errors?.status).toHaveLength(1)
  })

  it.each(allMoves.filter(([from, to]) => STATUS_MOVES[from].includes(to)))(
    'allows the move %s → %s',
    async (from, to) => {
      const concern = await sampleIn(from)
      const extra: Partial<Record<'referredTo' | 'closeReason', string>> = {}
      if (to === 'referred') extra.referredTo = 'Multi-Agency Safeguarding Hub'
      if (to === 'closed') extra.closeReason = 'Nothing more to do'
      const updated = parse(
        concernSchema,
        await patch(concern.id, { status: to, ...extra }, concern.version),
      )
      expect(updated.status).toBe<ConcernStatus>(to)
      expect(updated.events.at(-1)).toMatchObject({ fromStatus: from, toStatus: to, ...extra })
    },
  )

  it('referring needs who to (422), closing needs a reason (422)', async () => {
    const referred = expectProblem(await patch('sample-06', { status: 'referred' }, 3), 422)
    expect(referred.errors).toEqual({ referredTo: ['Enter who the concern was referred to'] })
    const closed = expectProblem(await patch('sample-06', { status: 'closed' }, 3), 422)
    expect(closed.errors).toEqual({ closeReason: ['Enter why the concern is being closed'] })
  })

  it('refuses referredTo or closeReason without the matching move', async () => {
    const problem = expectProblem(
      await patch('sample-06', { note: 'x', referredTo: 'MASH', closeReason: 'Done' }, 3),
      422,
    )
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['closeReason', 'referredTo'])
  })

  it('refuses an empty change and schema-invalid fields with 422', async () => {
    expect(expectProblem(await patch('sample-06', {}, 3), 422).errors?._form).toHaveLength(1)
    const problem = expectProblem(
      await patch('sample-06', { status: 'done', reply: '   ' }, 3),
      422,
    )
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['reply', 'status'])
  })

  it('answers 400 for malformed JSON and 413 for a body over 64 KiB', async () => {
    const headers = { 'If-Match': '"3"' }
    expectProblem(await call('PATCH', '/concerns/sample-06', { rawBody: 'nope', headers }), 400)
    const big = { note: 'x'.repeat(70_000) }
    expectProblem(await call('PATCH', '/concerns/sample-06', { body: big, headers }), 413)
  })

  it('answers 403 to a councillor for their own concern and 404 for another’s', async () => {
    await signInAs('cllr-banbury')
    expectProblem(await patch('sample-07', { status: 'acknowledged' }, 1), 403, 'forbidden')
    expectProblem(await patch('sample-06', { status: 'acknowledged' }, 3), 404)
    await signInAs(null)
    expectProblem(await patch('sample-07', { status: 'acknowledged' }, 1), 401)
  })

  it('answers 404 for an unknown concern', async () => {
    expectProblem(await patch('missing', { note: 'Hello' }, 1), 404)
  })
})

describe('POST /concerns/:id/read', () => {
  it('marks the author’s replies read; to anyone else the resource does not exist', async () => {
    await signInAs('chair')
    expectProblem(await call('POST', '/concerns/sample-06/read'), 404)
    await signInAs('cllr-banbury')
    expectProblem(await call('POST', '/concerns/sample-06/read'), 404)
    await signInAs(null)
    expectProblem(await call('POST', '/concerns/sample-06/read'), 401)

    await signInAs('cllr-didcot')
    expect(parse(concernSchema, await get('sample-06')).unreadReplies).toBe(1)
    expect((await call('POST', '/concerns/sample-06/read')).status).toBe(204)
    expect(parse(concernSchema, await get('sample-06')).unreadReplies).toBe(0)
  })

  it('a new reply after reading counts as unread again', async () => {
    await signInAs('cllr-banbury')
    const concern = await raise()
    await call('POST', `/concerns/${concern.id}/read`)
    await signInAs('chair')
    await patch(concern.id, { reply: 'One' }, 1)
    await patch(concern.id, { reply: 'Two' }, 2)
    await signInAs('cllr-banbury')
    expect(parse(concernSchema, await get(concern.id)).unreadReplies).toBe(2)
  })
})
