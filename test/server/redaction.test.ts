import { sql, type SQL } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { concernSchema, type Concern } from '../../src/lib/api/schemas'
import { concernBody, newKey, startServer, type TestServer } from './harness'

// Decision 0014: once the chair redacts, the text is gone from every place the server keeps it.

const NAME = 'Mia Jones'

const rowsOf = async <T>(server: TestServer, query: SQL): Promise<T[]> => {
  // PGlite's and pg's drivers both answer with { rows }.
  const result: unknown = await server.database.db.execute(query)
  return (result as { rows: T[] }).rows
}

/** Every table and column of the database that can hold text, JSON included. */
const textColumns = (server: TestServer) =>
  rowsOf<{ table_name: string; column_name: string }>(
    server,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb')
        order by table_name, column_name`,
  )

/**
 * "table.column" for every place the database holds `needle`, in any case (the search text is
 * lower-cased), however deep in JSON.
 */
async function placesHolding(server: TestServer, needle: string): Promise<string[]> {
  const places: string[] = []
  for (const { table_name: table, column_name: column } of await textColumns(server)) {
    const [row] = await rowsOf<{ n: number }>(
      server,
      sql`select count(*)::int as n from ${sql.identifier(table)}
          where strpos(lower(${sql.identifier(column)}::text), ${needle.toLowerCase()}) > 0`,
    )
    if ((row?.n ?? 0) > 0) places.push(`${table}.${column}`)
  }
  return places
}

async function redactEverywhere(server: TestServer) {
  const councillor = server.client('councillor')
  await councillor.signInAs('cllr-banbury')
  const chair = server.client('chair')
  await chair.signInAs('chair')
  const title = `${NAME} seen out alone`
  const details = `${NAME} was seen alone near the station late on several school nights.`
  const created = await councillor.call('POST', '/concerns', {
    body: concernBody({
      title,
      details,
      personalDataOverrides: [
        { field: 'title', kind: 'name', match: NAME },
        { field: 'details', kind: 'name', match: NAME },
      ],
    }),
    headers: { 'Idempotency-Key': newKey() },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id } = concernSchema.parse(created.body)
  const message = `${NAME} came to the surgery again.`
  const added = await councillor.call('POST', `/concerns/${id}/messages`, {
    body: { text: message },
    headers: { 'Idempotency-Key': newKey() },
  })
  const afterMessage = concernSchema.parse(added.body)
  const reply = `Thank you: we will ask the school about ${NAME}.`
  const replied = await chair.call('PATCH', `/concerns/${id}`, {
    body: { reply },
    headers: { 'If-Match': `"${afterMessage.version}"`, 'Idempotency-Key': newKey() },
  })
  let concern: Concern = concernSchema.parse(replied.body)
  const eventOf = (type: string) => concern.events.find((e) => e.type === type)?.id
  const cut = (text: string) => ({
    start: text.indexOf(NAME),
    end: text.indexOf(NAME) + NAME.length,
  })

  expect(await placesHolding(server, NAME)).toEqual(
    expect.arrayContaining([
      'concern_events.text',
      'concerns.details',
      'concerns.personal_data',
      'concerns.search_text',
      'concerns.title',
      'idempotency_records.body',
    ]),
  )
  for (const body of [
    { field: 'title', ...cut(title) },
    { field: 'details', ...cut(details) },
    { field: 'message', eventId: eventOf('message'), ...cut(message) },
    { field: 'message', eventId: eventOf('reply'), ...cut(reply) },
  ]) {
    const answer = await chair.call('POST', `/concerns/${id}/redactions`, {
      body,
      headers: { 'If-Match': `"${concern.version}"` },
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    concern = concernSchema.parse(answer.body)
  }
  return concern
}

describe('redaction on the server', () => {
  it('leaves the removed text in no text or JSON column of any table', async () => {
    const server = await startServer()
    const concern = await redactEverywhere(server)
    expect(concern.events.filter((e) => e.type === 'redacted')).toHaveLength(4)
    expect((await textColumns(server)).length).toBeGreaterThan(20)
    expect(await placesHolding(server, NAME)).toEqual([])
    expect(await placesHolding(server, '[removed]')).toEqual(
      expect.arrayContaining(['concern_events.text', 'concerns.title', 'idempotency_records.body']),
    )
  })
})

/** The database's own words refusing a statement (drizzle wraps them in "Failed query"). */
async function refusalOf(statement: Promise<unknown>): Promise<string> {
  try {
    await statement
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    return cause instanceof Error ? cause.message : String(cause)
  }
  return 'the statement was allowed'
}

describe('the event log’s trigger', () => {
  const refused = /concern_events is append-only/

  async function eventsOf(server: TestServer) {
    await redactEverywhere(server)
    return rowsOf<{ id: string; type: string }>(
      server,
      sql`select id, type from concern_events order by seq`,
    )
  }

  const idOf = (events: { id: string; type: string }[], type: string) => {
    const event = events.find((e) => e.type === type)
    if (!event) throw new Error(`no ${type} event`)
    return event.id
  }

  const update = (server: TestServer, set: SQL, id: string) =>
    server.database.db.execute(sql`update concern_events set ${set} where id = ${id}`)

  it('allows exactly one change: a message or reply’s text, to one holding [removed]', async () => {
    const server = await startServer()
    const events = await eventsOf(server)
    for (const type of ['message', 'reply']) {
      await expect(
        update(server, sql`text = 'Seen again: [removed].'`, idOf(events, type)),
      ).resolves.toBeDefined()
    }
  })

  it('refuses every other UPDATE and every DELETE', async () => {
    const server = await startServer()
    const events = await eventsOf(server)
    const message = idOf(events, 'message')
    const attempts: [SQL, string][] = [
      [sql`text = 'Rewritten without the marker.'`, message],
      [sql`text = null`, message],
      [sql`text = '[removed]', actor_name = 'Someone else'`, message],
      [sql`text = '[removed]', at = now()`, message],
      [sql`text = '[removed]', type = 'note'`, message],
      [sql`actor_id = 'chair'`, message],
      [sql`text = '[removed]'`, idOf(events, 'submitted')],
      [sql`text = '[removed]'`, idOf(events, 'redacted')],
      [sql`redacted_field = 'title'`, idOf(events, 'redacted')],
    ]
    for (const [set, id] of attempts) {
      expect(await refusalOf(update(server, set, id))).toMatch(refused)
    }
    expect(
      await refusalOf(
        server.database.db.execute(sql`delete from concern_events where id = ${message}`),
      ),
    ).toMatch(refused)
    expect(await refusalOf(server.database.db.execute(sql`delete from concern_events`))).toMatch(
      refused,
    )
  })
})
