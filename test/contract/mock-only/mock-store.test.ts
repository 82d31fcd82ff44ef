// @vitest-environment jsdom
// jsdom: localStorage, navigator and the page origin the app's client resolves /api/v1 against.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { concernSchema, sessionUserSchema } from '../../../src/lib/api'
import { createHandlers } from '../../../mocks/handlers'
import { faultHandler, MOCK_FAULTS_KEY, queueFault } from '../../../mocks/faults'
import { memoryPersistence, MOCK_STORE_KEY } from '../../../mocks/persistence'
import { createStore, seedManyConcerns, STORE_VERSION } from '../../../mocks/store'
import { signInAs } from '../backend'
import { mockServer as server, mockStore as mockDb } from '../backend/mock'
import { BASE, call, expectProblem, newKey, parse, raise } from '../http'

describe('the store', () => {
  it('starts with the sample concerns, all flagged as samples, nobody signed in', () => {
    const store = createStore()
    expect(store.data.concerns).toHaveLength(8)
    expect(store.data.concerns.every((c) => c.sample)).toBe(true)
    expect(store.data.signedInUserId).toBeNull()
    for (const concern of store.data.concerns) {
      expect(concernSchema.parse({ ...concern, unreadReplies: 0 })).toBeTruthy()
      expect(concern.reference).toMatch(/^EE-\d{4}-\d{4}$/)
    }
    expect(
      store.data.concerns.flatMap((c) => c.events).filter((e) => e.type === 'note'),
    ).toHaveLength(1)
  })

  it('reads through its persistence, so two tabs see each other’s changes', () => {
    const shared = memoryPersistence()
    const tabA = createStore(shared)
    const tabB = createStore(shared)
    tabA.data.signedInUserId = 'chair'
    tabA.save()
    tabB.load()
    expect(tabB.data.signedInUserId).toBe('chair')
    expect(JSON.parse(shared.text ?? '')).toMatchObject({ version: STORE_VERSION })
  })

  it('throws away a saved store of another version, or an unreadable one, and reseeds', () => {
    const old = memoryPersistence(JSON.stringify({ version: 0, data: { concerns: [] } }))
    expect(createStore(old).data.concerns).toHaveLength(8)
    expect(JSON.parse(old.text ?? '')).toMatchObject({ version: STORE_VERSION })
    expect(createStore(memoryPersistence('{not json')).data.concerns).toHaveLength(8)
  })

  it('names its browser keys plainly', () => {
    expect(MOCK_STORE_KEY).toBe('eyes-and-ears.mock-store.v1')
    expect(MOCK_FAULTS_KEY).toBe('eyes-and-ears.mock-faults.v1')
  })

  it('seedManyConcerns is deterministic and spreads over divisions, themes, statuses and 24 months', () => {
    const now = new Date('2026-03-15T12:00:00Z')
    const a = createStore(undefined, { now: () => now })
    const b = createStore(undefined, { now: () => now })
    const first = seedManyConcerns(a, 2000, { seed: 9 })
    const second = seedManyConcerns(b, 2000, { seed: 9 })
    expect(second).toEqual(first)

    expect(new Set(first.map((c) => c.divisionId)).size).toBe(61)
    expect(new Set(first.map((c) => c.themeId)).size).toBe(4)
    expect(new Set(first.map((c) => c.status)).size).toBe(6)
    expect(new Set(first.map((c) => c.createdAt.slice(0, 7))).size).toBeGreaterThanOrEqual(24)
    const times = first.map((c) => Date.parse(c.createdAt))
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 731 * 24 * 3600 * 1000)
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime())
    for (const concern of first.slice(0, 200)) {
      expect(concernSchema.parse({ ...concern, unreadReplies: 0 })).toBeTruthy()
      expect(concern.events.every((e) => Date.parse(e.at) <= now.getTime())).toBe(true)
    }
    expect(new Set(a.data.concerns.map((c) => c.reference)).size).toBe(2008)
  })
})

describe('fault injection and offline (browser demo features)', () => {
  afterEach(() => localStorage.removeItem(MOCK_FAULTS_KEY))

  it('answers the next matching request with a queued status once', async () => {
    server.use(faultHandler())
    await signInAs('cllr-banbury')
    queueFault(localStorage, 'POST /concerns', 503)
    queueFault(localStorage, 'GET /concerns/:id', 500)
    const count = mockDb().data.concerns.length

    const failed = await call('POST', '/concerns', {
      body: {},
      headers: { 'Idempotency-Key': 'abcdefgh' },
    })
    expectProblem(failed, 503, 'injected-fault')
    expect(mockDb().data.concerns).toHaveLength(count)

    const created = await raise()
    expectProblem(await call('GET', `/concerns/${created.id}`), 500)
    expect((await call('GET', `/concerns/${created.id}`)).status).toBe(200)
    expect(localStorage.getItem(MOCK_FAULTS_KEY)).toBeNull()
  })

  it('status 0 means the server cannot be reached', async () => {
    server.use(faultHandler())
    localStorage.setItem(MOCK_FAULTS_KEY, JSON.stringify({ 'GET /session': [0] }))
    await expect(fetch(`${BASE}/session`)).rejects.toThrow()
    expectProblem(await call('GET', '/session'), 401)
  })

  it('answers as an unreachable server while the browser is offline', async () => {
    server.use(...createHandlers(() => mockDb(), { offline: true }))
    await signInAs('chair')
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await expect(fetch(`${BASE}/session`)).rejects.toThrow()
    vi.restoreAllMocks()
    expect(parse(sessionUserSchema, await call('GET', '/session')).id).toBe('chair')
  })
})

describe('what the mock keeps', () => {
  it('keeps the idempotency record with a hash of the body and the response', async () => {
    await signInAs('cllr-banbury')
    const key = newKey()
    const concern = await raise({}, key)
    const record = mockDb().data.idempotency[`cllr-banbury:${key}`]
    expect(record).toMatchObject({
      userId: 'cllr-banbury',
      key,
      concernId: concern.id,
      status: 201,
    })
    expect(record?.bodyHash).toMatch(/^[0-9a-f]+$/)
  })

  it('holds one session for everyone, as its store’s signed-in user', async () => {
    await signInAs('cllr-oxford')
    expect(mockDb().data.signedInUserId).toBe('cllr-oxford')
    await call('DELETE', '/session')
    expect(mockDb().data.signedInUserId).toBeNull()
  })
})
