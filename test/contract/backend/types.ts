import type { GeneratedConcerns } from '../../../src/lib/backend/seed/generate'
import type { Client } from './client'

export const BACKEND_KINDS = ['mock', 'pglite', 'postgres'] as const
export type BackendKind = (typeof BACKEND_KINDS)[number]

export interface TestClock {
  /** A reading for the back end: each is a millisecond after the one before. */
  now(): Date
  /** The time now, without moving the clock (for the harness's own bookkeeping). */
  current(): Date
}

/** What the harness needs from each back end; the tests themselves only ever speak HTTP. */
export interface Driver {
  readonly kind: BackendKind
  /** Before each test: the sample concerns only, nobody signed in, this clock. */
  reset(clock: TestClock): Promise<void>
  /** A new user agent with a session of its own (see SharedSession for the mock). */
  newClient(name: string): Client
  /** Stores records as they are, and moves the reference counters past them. */
  insert(records: GeneratedConcerns): Promise<void>
  close(): Promise<void>
}
