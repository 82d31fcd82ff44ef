import { beforeEach, describe, expect, it } from 'vitest'
import {
  CONCERN_MESSAGES,
  concernPageSchema,
  concernSchema,
  REDACTED_TEXT,
  type Concern,
  type PersonalDataFlag,
} from '../../src/lib/api'
import { newClient, signInAs, storedConcern, storedTotal, type Client } from './backend'
import {
  call,
  expectProblem,
  newConcernBody,
  newKey,
  parse,
  postMessage,
  rangeOf,
  redact,
} from './http'

// POST /concerns/:id/redactions (decision 0014): the chair replaces a range of text with
// "[removed]"; the event log says who removed what field when, never the text.

const NAME = 'Mia Jones'
const DETAILS = `${NAME} was seen alone near the station late on several school nights.`
const IN_DETAILS: PersonalDataFlag = { field: 'details', kind: 'name', match: NAME }
const IN_TITLE: PersonalDataFlag = { field: 'title', kind: 'name', match: NAME }

let councillor: Client

/** A concern by cllr-banbury naming someone in its title and details, both overridden. */
async function namedConcern(key = newKey()): Promise<{ concern: Concern; key: string }> {
  const body = newConcernBody({
    title: `${NAME} seen out alone`,
    details: DETAILS,
    personalDataOverrides: [IN_TITLE, IN_DETAILS],
  })
  const reply = await councillor.call('POST', '/concerns', {
    body,
    headers: { 'Idempotency-Key': key },
  })
  return { concern: parse(concernSchema, reply, 201), key }
}

const stored = async (id: string): Promise<Concern> => {
  const concern = await storedConcern(id)
  if (!concern) throw new Error(`no concern ${id}`)
  return concern
}

beforeEach(async () => {
  councillor = newClient()
  await councillor.signInAs('cllr-banbury')
  await signInAs('chair')
})

describe('POST /concerns/:id/redactions', () => {
  it('replaces the range with [removed], records who and which field, and bumps the version', async () => {
    const { concern } = await namedConcern()
    const reply = await redact(
      concern.id,
      { field: 'details', ...rangeOf(DETAILS, NAME) },
      concern.version,
    )
    const redacted = parse(concernSchema, reply)
    expect(redacted.details).toBe(DETAILS.replace(NAME, REDACTED_TEXT))
    expect(redacted.version).toBe(concern.version + 1)
    expect(reply.headers.get('ETag')).toBe(`"${redacted.version}"`)
    expect(redacted.events.at(-1)).toMatchObject({
      type: 'redacted',
      redactedField: 'details',
      text: null,
      actor: { id: 'chair', role: 'chair' },
      fromStatus: null,
      toStatus: null,
    })
    expect(redacted.updatedAt).toBe(redacted.events.at(-1)?.at)
    // The finding in the details went with the text; the one in the title is still there.
    expect(redacted.personalData).toEqual([IN_TITLE])
    expect(redacted.personalDataFlagged).toBe(true)
    expect((await stored(concern.id)).details).toBe(redacted.details)
  })

  it('shows the author [removed] and the redacted event, and nothing of the text', async () => {
    const { concern } = await namedConcern()
    await redact(concern.id, { field: 'details', ...rangeOf(DETAILS, NAME) }, 1)
    const titled = await redact(concern.id, { field: 'title', ...rangeOf(concern.title, NAME) }, 2)
    expect(parse(concernSchema, titled).personalData).toEqual([])
    expect(parse(concernSchema, titled).personalDataFlagged).toBe(false)

    const reply = await councillor.call('GET', `/concerns/${concern.id}`)
    const forAuthor = parse(concernSchema, reply)
    expect(forAuthor.title).toBe(`${REDACTED_TEXT} seen out alone`)
    expect(forAuthor.events.filter((e) => e.type === 'redacted')).toEqual([
      expect.objectContaining({ redactedField: 'details', text: null }),
      expect.objectContaining({ redactedField: 'title', text: null }),
    ])
    expect(JSON.stringify(reply.body)).not.toContain(NAME)
    const list = await councillor.call('GET', '/concerns?pageSize=100')
    expect(JSON.stringify(list.body)).not.toContain(NAME)
    const item = parse(concernPageSchema, list).items.find((i) => i.id === concern.id)
    expect(item?.personalDataFlagged).toBe(false)
  })

  it('removes text from a message or a reply, named by its event', async () => {
    const { concern } = await namedConcern()
    const text = `Since then ${NAME} has been seen at the bus station too.`
    const added = parse(
      concernSchema,
      await postMessage(concern.id, { text }, newKey(), councillor),
      201,
    )
    const message = added.events.at(-1)
    if (!message) throw new Error('no message')
    const body = { field: 'message', eventId: message.id, ...rangeOf(text, NAME) }
    const redacted = parse(concernSchema, await redact(concern.id, body, added.version))
    expect(redacted.events.find((e) => e.id === message.id)).toMatchObject({
      type: 'message',
      text: text.replace(NAME, REDACTED_TEXT),
      at: message.at,
      actor: message.actor,
    })
    expect(redacted.events.at(-1)).toMatchObject({ type: 'redacted', redactedField: 'message' })

    const replied = parse(
      concernSchema,
      await call('PATCH', `/concerns/${concern.id}`, {
        body: { reply: `Thank you. We will ask about ${NAME}.` },
        headers: { 'If-Match': `"${redacted.version}"` },
      }),
    )
    const reply = replied.events.at(-1)
    if (reply?.type !== 'reply' || reply.text === null) throw new Error('no reply')
    const fromReply = { field: 'message', eventId: reply.id, ...rangeOf(reply.text, NAME) }
    parse(concernSchema, await redact(concern.id, fromReply, replied.version))
    const forAuthor = parse(concernSchema, await councillor.call('GET', `/concerns/${concern.id}`))
    expect(forAuthor.events.filter((e) => e.text?.includes(NAME))).toEqual([])
    expect(forAuthor.events.filter((e) => e.text?.includes(REDACTED_TEXT))).toHaveLength(2)
  })

  it('is the chair’s alone: 403 for the author, 404 for another councillor, 401 signed out', async () => {
    const { concern } = await namedConcern()
    const body = { field: 'details', ...rangeOf(DETAILS, NAME) }
    expectProblem(await redact(concern.id, body, 1, councillor), 403, 'forbidden')
    const other = newClient()
    await other.signInAs('cllr-oxford')
    expectProblem(await redact(concern.id, body, 1, other), 404, 'not-found')
    expectProblem(await redact('no-such-concern', body, 1), 404, 'not-found')
    await signInAs(null)
    expectProblem(await redact(concern.id, body, 1), 401)
    expect((await stored(concern.id)).details).toBe(DETAILS)
  })

  it('needs If-Match (428) and refuses a stale one (412 with the current concern)', async () => {
    const { concern } = await namedConcern()
    const body = { field: 'details', ...rangeOf(DETAILS, NAME) }
    expectProblem(await redact(concern.id, body, null), 428, 'precondition-required')
    await postMessage(concern.id, { text: 'More to say.' }, newKey(), councillor)
    const problem = expectProblem(
      await redact(concern.id, body, concern.version),
      412,
      'edit-conflict',
    )
    expect(concernSchema.parse(problem.current).version).toBe(concern.version + 1)
    expect((await stored(concern.id)).details).toBe(DETAILS)
  })

  it('refuses a range outside the text, an empty range and an unknown event (422)', async () => {
    const { concern } = await namedConcern()
    const errorsOf = async (body: unknown) =>
      expectProblem(await redact(concern.id, body, 1), 422, 'validation').errors
    expect(await errorsOf({ field: 'details', start: 5, end: 5 })).toEqual({
      start: [CONCERN_MESSAGES.redactionEmpty],
    })
    expect(await errorsOf({ field: 'details', start: 9, end: 2 })).toEqual({
      start: [CONCERN_MESSAGES.redactionEmpty],
    })
    expect(await errorsOf({ field: 'details', start: 0, end: DETAILS.length + 1 })).toEqual({
      end: [CONCERN_MESSAGES.redactionOutside],
    })
    expect(await errorsOf({ field: 'location', start: 0, end: 100 })).toEqual({
      end: [CONCERN_MESSAGES.redactionOutside],
    })
    expect(await errorsOf({ field: 'message', start: 0, end: 1 })).toEqual({
      eventId: [CONCERN_MESSAGES.redactionEventMissing],
    })
    expect(await errorsOf({ field: 'message', eventId: 'nope', start: 0, end: 1 })).toEqual({
      eventId: [CONCERN_MESSAGES.redactionEventUnknown],
    })
    const submitted = concern.events[0]?.id ?? ''
    expect(await errorsOf({ field: 'message', eventId: submitted, start: 0, end: 1 })).toEqual({
      eventId: [CONCERN_MESSAGES.redactionEventUnknown],
    })
    expect(await errorsOf({ field: 'details', eventId: submitted, start: 0, end: 1 })).toEqual({
      eventId: [CONCERN_MESSAGES.redactionEventUnwanted],
    })
    const schema = await errorsOf({ field: 'note', start: -1, end: 1.5 })
    expect(Object.keys(schema ?? {}).sort()).toEqual(['end', 'field', 'start'])
    const stillThere = await stored(concern.id)
    expect(stillThere.version).toBe(1)
    expect(stillThere.details).toBe(DETAILS)
  })

  it('refuses a range that cuts a character in two (422)', async () => {
    const details = 'Seen near the 🚉 station most evenings this month.'
    const created = parse(
      concernSchema,
      await councillor.call('POST', '/concerns', {
        body: newConcernBody({ details }),
        headers: { 'Idempotency-Key': newKey() },
      }),
      201,
    )
    const inside = details.indexOf('🚉') + 1
    const problem = expectProblem(
      await redact(created.id, { field: 'details', start: inside, end: inside + 3 }, 1),
      422,
    )
    expect(problem.errors).toEqual({ start: [CONCERN_MESSAGES.redactionSplitsCharacter] })
  })

  it('leaves no way back to the text: a replayed create, a replayed message, the search', async () => {
    const { concern, key } = await namedConcern()
    const text = `${NAME} came to the surgery again.`
    const messageKey = newKey()
    const added = parse(
      concernSchema,
      await postMessage(concern.id, { text }, messageKey, councillor),
      201,
    )
    const message = added.events.at(-1)
    let version = added.version
    for (const body of [
      { field: 'title', ...rangeOf(concern.title, NAME) },
      { field: 'details', ...rangeOf(DETAILS, NAME) },
      { field: 'message', eventId: message?.id, ...rangeOf(text, NAME) },
    ]) {
      version = parse(concernSchema, await redact(concern.id, body, version)).version
    }
    const total = await storedTotal()

    const replayed = await namedConcern(key)
    expect(replayed.concern.id).toBe(concern.id)
    expect(replayed.concern.title).toBe(`${REDACTED_TEXT} seen out alone`)
    expect(JSON.stringify(replayed.concern)).not.toContain(NAME)
    const again = await postMessage(concern.id, { text }, messageKey, councillor)
    expect(again.status).toBe(201)
    expect(JSON.stringify(again.body)).not.toContain(NAME)
    expect(await storedTotal()).toBe(total)
    expect((await stored(concern.id)).events.filter((e) => e.type === 'message')).toHaveLength(1)

    const search = await call('GET', `/concerns?q=${encodeURIComponent(NAME)}`)
    expect(parse(concernPageSchema, search).total).toBe(0)
    const chairView = await call('GET', `/concerns/${concern.id}`)
    expect(JSON.stringify(chairView.body)).not.toContain(NAME)
  })
})
