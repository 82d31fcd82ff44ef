/*
 * The contract tests' view of "the back end": the MSW mock, the server on PGlite, or the server on
 * PostgreSQL, chosen by CONTRACT_BACKEND (set per Vitest project in vite.config.ts). Tests speak
 * HTTP only: they arrange data through the API or through arrangeConcerns(), and check what was
 * stored by asking the API as the chair, never by looking inside one back end.
 */
import {
  concernPageSchema,
  concernSchema,
  type Concern,
  type ConcernListItem,
} from '../../../src/lib/api'
import type { StoredConcern } from '../../../src/lib/backend/concern-records'
import { generateConcerns, type GeneratedConcerns } from '../../../src/lib/backend/seed/generate'
import { formatReference } from '../../../src/lib/backend/seed/sample-records'
import type { PersonaId } from '../../../src/lib/backend/seed/personas'
import type { CallOptions, Client, Method, Reply } from './client'
import { BACKEND_KINDS, type BackendKind, type Driver, type TestClock } from './types'

export { BASE, type CallOptions, type Client, type Method, type Reply } from './client'
export type { BackendKind, TestClock } from './types'

export const backendKind: BackendKind = kindOf(process.env.CONTRACT_BACKEND)

/**
 * Every test runs on this clock: it starts at the same instant each test and moves on a
 * millisecond per reading, so times are in order and the year, day and "how long ago" never
 * depend on when the suite runs.
 */
export const CLOCK_START = new Date('2026-03-16T09:30:00.000Z')

let readings = 0
export const testClock: TestClock = {
  now: () => new Date(CLOCK_START.getTime() + readings++),
  current: () => new Date(CLOCK_START.getTime() + readings),
}

let driver: Driver | undefined
let mainClient: Client | undefined
let chairClient: Client | undefined
let clientCount = 0

const current = <T>(value: T | undefined): T => {
  if (value === undefined) {
    throw new Error('No back end: test/contract/setup.ts starts one (is it in setupFiles?)')
  }
  return value
}

/** Once per file (beforeAll). */
export async function startBackend(): Promise<void> {
  driver =
    backendKind === 'mock'
      ? (await import('./mock')).openMockDriver()
      : await (await import('./server')).openServerDriver(backendKind)
}

/** Before each test: sample data, nobody signed in, the clock back at CLOCK_START. */
export async function resetBackend(): Promise<void> {
  readings = 0
  const backend = current(driver)
  await backend.reset(testClock)
  clientCount = 0
  mainClient = backend.newClient('the default client')
  chairClient = undefined
}

export async function stopBackend(): Promise<void> {
  await driver?.close()
  driver = undefined
}

/** The client call() and signInAs() use; a fresh one each test. */
export const defaultClient = (): Client => current(mainClient)

/** A request from the test's default client. */
export const call = (method: Method, path: string, options?: CallOptions): Promise<Reply> =>
  current(mainClient).call(method, path, options)

/** Signs the default client in through the API (null signs it out). */
export const signInAs = (personaId: PersonaId | null): Promise<void> =>
  current(mainClient).signInAs(personaId)

/** Another user agent with its own session, e.g. a second chair or a councillor at once. */
export function newClient(): Client {
  clientCount += 1
  return current(driver).newClient(`client ${clientCount}`)
}

/** Signed in as the chair, apart from the default client: for checking what was stored. */
async function chair(): Promise<Client> {
  if (!chairClient) {
    chairClient = current(driver).newClient('the checking chair')
    await chairClient.signInAs('chair')
  }
  return chairClient
}

/** Every concern as the chair's list gives it (all pages). */
export async function storedConcerns(): Promise<ConcernListItem[]> {
  const client = await chair()
  const items: ConcernListItem[] = []
  for (let page = 1; ; page++) {
    const reply = await client.call('GET', `/concerns?pageSize=100&page=${page}&sort=oldest`)
    if (reply.status !== 200) throw new Error(`listing concerns: ${reply.status}`)
    const parsed = concernPageSchema.parse(reply.body)
    items.push(...parsed.items)
    if (page >= parsed.totalPages) return items
  }
}

/** One concern as the chair sees it (notes included), or null if the API says 404. */
export async function storedConcern(id: string): Promise<Concern | null> {
  const reply = await (await chair()).call('GET', `/concerns/${encodeURIComponent(id)}`)
  if (reply.status === 404) return null
  if (reply.status !== 200) throw new Error(`reading ${id}: ${reply.status}`)
  return concernSchema.parse(reply.body)
}

/** How many concerns there are, from the chair's list. */
export async function storedTotal(): Promise<number> {
  const reply = await (await chair()).call('GET', '/concerns?pageSize=1')
  if (reply.status !== 200) throw new Error(`counting concerns: ${reply.status}`)
  return concernPageSchema.parse(reply.body).total
}

/**
 * n generated concerns (generateConcerns) that fit after what is stored now: ids after the
 * existing count and references after the highest stored in each year, dated in the 24 months
 * before the test clock's now.
 */
export async function generateRecords(
  n: number,
  options: { seed?: number } = {},
): Promise<GeneratedConcerns> {
  const existing = await storedConcerns()
  const counters = new Map<string, number>()
  for (const { reference } of existing) {
    const [year, number] = referenceParts(reference)
    counters.set(year, Math.max(counters.get(year) ?? 0, number))
  }
  return generateConcerns(n, {
    seed: options.seed ?? 1,
    now: testClock.current(),
    first: existing.length,
    nextReference(createdAt) {
      const year = String(createdAt.getUTCFullYear())
      const next = (counters.get(year) ?? 0) + 1
      counters.set(year, next)
      return formatReference(year, next)
    },
  })
}

/** Stores these records in the back end as they are (the mock's store, or insertRecords). */
export async function arrangeConcerns(records: GeneratedConcerns): Promise<StoredConcern[]> {
  await current(driver).insert(records)
  return records.concerns
}

/** generateRecords then arrangeConcerns. */
export async function arrangeGeneratedConcerns(
  n: number,
  options: { seed?: number } = {},
): Promise<StoredConcern[]> {
  return arrangeConcerns(await generateRecords(n, options))
}

export function referenceParts(reference: string): [year: string, number: number] {
  const match = /^EE-(\d{4})-(\d{4,})$/.exec(reference)
  if (!match?.[1] || !match[2]) throw new Error(`not a reference: ${reference}`)
  return [match[1], Number(match[2])]
}

function kindOf(value: string | undefined): BackendKind {
  const kind = BACKEND_KINDS.find((k) => k === value)
  if (!kind) {
    throw new Error(
      `CONTRACT_BACKEND is ${JSON.stringify(value)}; expected one of ${BACKEND_KINDS.join(', ')}. Run the contract tests through their Vitest projects, e.g. npx vitest run --project contract-mock`,
    )
  }
  return kind
}
