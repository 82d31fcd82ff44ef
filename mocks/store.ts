import type { SessionUser } from '../src/lib/api/schemas'
import {
  applyChange,
  newConcernRecord,
  type StoredConcern,
} from '../src/lib/backend/concern-records'
import { SAMPLE_CONCERNS } from '../src/lib/backend/seed/sample-concerns'
import { actorOf, findPersona, personaById, sessionUserOf } from '../src/lib/backend/seed/personas'

export { seedManyConcerns, type SeedManyOptions } from './seed-many'
export type { StoredConcern } from '../src/lib/backend/concern-records'

/** Bump when StoreData changes shape: a saved store of another version is thrown away. */
export const STORE_VERSION = 1

export interface IdempotencyRecord {
  userId: string
  key: string
  /** Hash of the request body (canonical JSON), to tell a replay from a reused key. */
  bodyHash: string
  concernId: string
  /** The first response, replayed as it was. */
  status: number
  headers: Record<string, string>
  body: unknown
  at: string
}

export interface StoreData {
  concerns: StoredConcern[]
  /** Keyed by idempotencyRecordKey(userId, key). */
  idempotency: Record<string, IdempotencyRecord>
  /** Who is signed in: the server's session, which a real server would tie to a cookie. */
  signedInUserId: string | null
  /** Last reference number used, per year of creation. */
  referenceCounters: Record<string, number>
  /** How many replies the author has opened, per concern id. */
  repliesRead: Record<string, number>
}

/** Where the store is kept between requests (localStorage in the browser). */
export interface Persistence {
  /** The saved snapshot as text, or null if nothing is saved. */
  load(): string | null
  save(text: string): void
}

export interface StoreOptions {
  /** The clock, for tests that need fixed times. */
  now?: () => Date
}

export interface MockStore {
  /** The current data; tests may read and change it directly. */
  data: StoreData
  now: () => Date
  newId: () => string
  /** Re-reads the persisted snapshot if another tab changed it (handlers call this per request). */
  load: () => void
  save: () => void
  /** Back to the seed data, signed out. */
  reset: () => void
  nextReference: (createdAt: Date) => string
  findConcern: (id: string) => StoredConcern | undefined
  signedInUser: () => SessionUser | null
}

export const idempotencyRecordKey = (userId: string, key: string): string => `${userId}:${key}`

export function createStore(persistence?: Persistence, options: StoreOptions = {}): MockStore {
  const now = options.now ?? (() => new Date())
  let lastText: string | null = null

  const store: MockStore = {
    data: emptyData(),
    now,
    newId: () => crypto.randomUUID(),
    load() {
      if (!persistence) return
      const text = persistence.load()
      if (text !== null && text === lastText) return
      const restored = text === null ? null : restore(text)
      if (restored) {
        store.data = restored
        lastText = text
      } else {
        store.reset()
      }
    },
    save() {
      if (!persistence) return
      const text = JSON.stringify({ version: STORE_VERSION, data: store.data })
      persistence.save(text)
      lastText = text
    },
    reset() {
      store.data = seedData(now())
      store.save()
    },
    nextReference: (createdAt) => allocateReference(store.data, createdAt),
    findConcern: (id) => store.data.concerns.find((concern) => concern.id === id),
    signedInUser() {
      const id = store.data.signedInUserId
      const persona = id === null ? undefined : findPersona(id)
      return persona ? sessionUserOf(persona) : null
    },
  }

  if (persistence) store.load()
  else store.data = seedData(now())
  return store
}

function emptyData(): StoreData {
  return {
    concerns: [],
    idempotency: {},
    signedInUserId: null,
    referenceCounters: {},
    repliesRead: {},
  }
}

/** A saved snapshot, or null if it is unreadable or of another version. */
function restore(text: string): StoreData | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(parsed) || parsed.version !== STORE_VERSION || !isRecord(parsed.data)) return null
  const data = parsed.data
  const looksRight =
    Array.isArray(data.concerns) &&
    isRecord(data.idempotency) &&
    isRecord(data.referenceCounters) &&
    isRecord(data.repliesRead) &&
    (data.signedInUserId === null || typeof data.signedInUserId === 'string')
  // Written only by save() with this version, so the shape check above is enough.
  return looksRight ? (data as unknown as StoreData) : null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A human reference, numbered from 1 in each year of creation, e.g. "EE-2026-0001". */
function allocateReference(data: StoreData, createdAt: Date): string {
  const year = String(createdAt.getUTCFullYear())
  const next = (data.referenceCounters[year] ?? 0) + 1
  data.referenceCounters[year] = next
  return `EE-${year}-${String(next).padStart(4, '0')}`
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The sample concerns, dated relative to now, as if raised and handled through the API. */
function seedData(now: Date): StoreData {
  const data = emptyData()
  const chair = actorOf(personaById('chair'))
  const seeds = [...SAMPLE_CONCERNS].sort((a, b) => b.daysAgo - a.daysAgo)
  for (const seed of seeds) {
    const createdAt = new Date(now.getTime() - seed.daysAgo * DAY_MS)
    let eventNumber = 0
    const nextEventId = () => `${seed.id}-event-${++eventNumber}`
    const concern = newConcernRecord({
      id: seed.id,
      reference: allocateReference(data, createdAt),
      request: seed.request,
      author: actorOf(personaById(seed.authorId)),
      at: createdAt,
      eventId: nextEventId(),
      sample: true,
    })
    for (const { daysAfter, ...change } of seed.changes) {
      const at = new Date(createdAt.getTime() + daysAfter * DAY_MS)
      applyChange(concern, { ...change, at, actor: chair }, nextEventId)
    }
    data.concerns.push(concern)
    if (seed.repliesRead > 0) data.repliesRead[seed.id] = seed.repliesRead
  }
  return data
}
