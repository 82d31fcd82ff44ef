// Two browser tabs each run their own copy of the mock over one localStorage. Node has no Web
// Locks, so this gives jsdom's navigator a small exclusive lock manager (first come, first served)
// for the length of a test, and plays the part of the second tab by hand.
import { getResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../mocks/handlers'
import { STORE_LOCK } from '../../mocks/handlers/context'
import { memoryPersistence } from '../../mocks/persistence'
import { createStore, type MockStore } from '../../mocks/store'
import { newConcernRecord } from '../../src/lib/backend/concern-records'
import { actorOf, personaById, sessionUserOf } from '../../src/lib/backend/seed/personas'
import type { CreateConcernRequest } from '../../src/lib/api'

class QueuedLocks {
  private tails = new Map<string, Promise<unknown>>()

  request<T>(
    name: string,
    ...args: [(lock: Lock | null) => T | Promise<T>] | [LockOptions, (lock: Lock | null) => T]
  ): Promise<T> {
    const callback = args.length === 1 ? args[0] : args[1]
    const before = this.tails.get(name) ?? Promise.resolve()
    const result = before.then(() => callback({ name, mode: 'exclusive' }))
    this.tails.set(
      name,
      result.catch(() => undefined),
    )
    return result
  }
}

beforeEach(() => {
  Object.defineProperty(navigator, 'locks', { value: new QueuedLocks(), configurable: true })
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks')
})

const request = (title: string): CreateConcernRequest => ({
  divisionId: 'banbury-calthorpe',
  themeId: 'adolescent-vulnerability',
  subThemeId: null,
  objectiveId: null,
  title,
  details: 'Young people gather near the station most weekends, late at night.',
  location: '',
  source: 'visit',
  alreadyReported: 'no',
  wantsReply: false,
  personalDataConfirmed: true,
})

const post = (store: MockStore, title: string): Promise<Response | undefined> =>
  getResponse(
    createHandlers(() => store),
    new Request('http://localhost/api/v1/concerns', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `key-for-${title}` },
      body: JSON.stringify(request(title)),
    }),
  )

const tick = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('the mock in two tabs at once', () => {
  it('never loses a write: a request waits while another tab is between loading and saving', async () => {
    const shared = memoryPersistence()
    const tabA = createStore(shared)
    const tabB = createStore(shared)
    tabA.data.signedInUserId = 'cllr-banbury'
    tabA.save()

    // Tab B is in the middle of a request: it has loaded the store and holds the lock.
    let release = () => {}
    const held = navigator.locks.request(
      STORE_LOCK,
      () => new Promise<void>((resolve) => (release = resolve)),
    )
    tabB.load()

    // Tab A's request arrives meanwhile, and must wait for B to finish.
    let answered = false
    const fromA = post(tabA, 'Raised in tab A').then((response) => {
      answered = true
      return response
    })
    await tick()
    expect(answered).toBe(false)

    const at = tabB.now()
    tabB.data.concerns.push(
      newConcernRecord({
        id: 'raised-in-tab-b',
        reference: tabB.nextReference(at),
        request: request('Raised in tab B'),
        author: actorOf(sessionUserOf(personaById('cllr-banbury'))),
        at,
        eventId: 'raised-in-tab-b-event',
        sample: false,
      }),
    )
    tabB.save()
    release()
    await held

    expect((await fromA)?.status).toBe(201)
    const saved = createStore(shared).data.concerns.filter((concern) => !concern.sample)
    expect(saved.map((concern) => concern.title).sort()).toEqual([
      'Raised in tab A',
      'Raised in tab B',
    ])
    expect(new Set(saved.map((concern) => concern.reference)).size).toBe(2)
  })

  it('answers at once when no other tab holds the lock', async () => {
    const store = createStore(memoryPersistence())
    store.data.signedInUserId = 'cllr-banbury'
    store.save()
    expect((await post(store, 'Raised alone'))?.status).toBe(201)
  })
})
