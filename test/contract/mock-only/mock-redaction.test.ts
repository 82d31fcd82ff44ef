import { describe, expect, it } from 'vitest'
import { concernSchema, type Concern } from '../../../src/lib/api'
import { createHandlers } from '../../../mocks/handlers'
import { memoryPersistence } from '../../../mocks/persistence'
import { createStore } from '../../../mocks/store'
import { newClient, signInAs } from '../backend'
import { mockServer as server } from '../backend/mock'
import { newConcernBody, newKey, parse, postMessage, rangeOf, redact } from '../http'

// What the browser demo keeps in localStorage is the mock's whole store: after a redaction the
// saved text must not hold what was removed, in the concern, its events or the kept answers.

const NAME = 'Mia Jones'

describe('redaction in the mock’s saved store', () => {
  it('leaves the removed text nowhere in what is persisted', async () => {
    const persisted = memoryPersistence()
    const store = createStore(persisted)
    server.use(...createHandlers(() => store))
    const councillor = newClient()
    await councillor.signInAs('cllr-banbury')
    const details = `${NAME} was seen alone near the station late on several school nights.`
    const created = await councillor.call('POST', '/concerns', {
      body: newConcernBody({
        details,
        personalDataOverrides: [{ field: 'details', kind: 'name', match: NAME }],
      }),
      headers: { 'Idempotency-Key': newKey() },
    })
    let concern: Concern = parse(concernSchema, created, 201)
    const message = `${NAME} came to the surgery again.`
    concern = parse(
      concernSchema,
      await postMessage(concern.id, { text: message }, newKey(), councillor),
      201,
    )
    expect(persisted.text?.toLowerCase()).toContain(NAME.toLowerCase())

    await signInAs('chair')
    const messageId = concern.events.at(-1)?.id
    for (const body of [
      { field: 'details', ...rangeOf(details, NAME) },
      { field: 'message', eventId: messageId, ...rangeOf(message, NAME) },
    ]) {
      concern = parse(concernSchema, await redact(concern.id, body, concern.version))
    }
    expect(persisted.text?.toLowerCase()).not.toContain(NAME.toLowerCase())
    expect(persisted.text).toContain('[removed]')
    // A tab that loads the saved store sees the same.
    const otherTab = createStore(persisted)
    expect(JSON.stringify(otherTab.data)).not.toContain(NAME)
  })
})
