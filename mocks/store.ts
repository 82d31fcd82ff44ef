import type { SessionUser } from '../src/lib/api/schemas'
import type { StoredConcern } from '../src/lib/backend/concern-records'
import { generateConcerns } from '../src/lib/backend/seed/generate'
import { formatReference, sampleRecords } from '../src/lib/backend/seed/sample-records'
import { findPersona, sessionUserOf } from '../src/lib/backend/seed/personas'

export type { StoredConcern } from '../src/lib/backend/concern-records'

/** Bump when StoreData changes shape: a saved store of another version is thrown away. */
export const STORE_VERSION = 3

/** The first successful answer to a request sent with an Idempotency-Key (POST or PATCH). */
export interface IdempotencyRecord {
  userId: string
  key: string
  /** What the key was first sent with; a replay must match all three, or it is 422. */
  method: 'POST' | 'PATCH'
  /** Below /api/v1, e.g. "/concerns" or "/concerns/<id>". */
  path: string
  /** Hash of the request body (canonical JSON). */
  bodyHash: string
  /** The concern created or changed. */
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
  return formatReference(year, next)
}

export interface SeedManyOptions {
  /** Same seed, same store before → the same concerns. */
  seed?: number
  /** Concerns fall in the 24 months before this (default: the store's clock). */
  now?: Date
}

/** Adds n generated sample concerns (see generateConcerns) to the store and saves it. */
export function seedManyConcerns(
  store: MockStore,
  n: number,
  options: SeedManyOptions = {},
): StoredConcern[] {
  const { concerns, repliesRead } = generateConcerns(n, {
    seed: options.seed ?? 1,
    now: options.now ?? store.now(),
    first: store.data.concerns.length,
    nextReference: store.nextReference,
  })
  store.data.concerns.push(...concerns)
  Object.assign(store.data.repliesRead, repliesRead)
  store.save()
  return concerns
}

/** The sample concerns, dated relative to now, as if raised and handled through the API. */
function seedData(now: Date): StoreData {
  const { concerns, repliesRead, referenceCounters } = sampleRecords(now)
  return { ...emptyData(), concerns, repliesRead, referenceCounters }
}
