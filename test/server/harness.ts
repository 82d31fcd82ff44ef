/*
 * The real server in-process for its own tests (what the contract suite does not cover:
 * security, sessions, limits, static files, logs): one PGlite per file, loaded from the migrated
 * dump the contract-pglite global setup makes, a fresh app and seed per test.
 */
import { readFile } from 'node:fs/promises'
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, inject } from 'vitest'
import { createApp } from '../../server/app'
import { testConfig, type ServerConfig } from '../../server/config'
import { openDatabase, type Database } from '../../server/db/open'
import { resetDatabase } from '../../server/db/seed'
import type { Logger } from '../../server/logger'
import type { CreateConcernRequest } from '../../src/lib/api/schemas'
import { ContractClient } from '../contract/backend/client'
import '../contract/global-setup/provided'

let opened: Promise<Database> | undefined

/** This file's database (opened once, closed after the file). */
export function database(): Promise<Database> {
  opened ??= readFile(inject('contractPgliteDump')).then((dump) =>
    openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) }),
  )
  return opened
}

afterAll(async () => {
  if (opened) await (await opened).close()
})

export interface TestServer {
  app: ReturnType<typeof createApp>
  database: Database
  /** Moves the server's clock on. */
  advance(ms: number): void
  now(): Date
  /** A browser-like client with its own cookies, addressed to http://localhost:3000/api/v1. */
  client(name?: string): ContractClient
  /** Every log line written so far, as text. */
  logs(): string
}

export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const db = await database()
  let time = Date.parse('2026-06-15T10:00:00Z')
  const now = () => new Date(time)
  await resetDatabase(db, { now: now() })
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  const logger: Logger = pino({ level: 'debug' }, sink)
  const app = createApp({ database: db, config: testConfig(overrides), now, logger })
  return {
    app,
    database: db,
    advance: (ms) => {
      time += ms
    },
    now,
    client: (name = 'client') =>
      new ContractClient({ name, transport: async (request) => app.fetch(request), clock: now }),
    logs: () => lines.join(''),
  }
}

/**
 * A valid new concern whose title the tests search for. (test/contract/http.ts has its twin, but
 * importing it would pick a contract back end; these tests have their own server.)
 */
export const concernBody = (
  overrides: Partial<CreateConcernRequest> = {},
): CreateConcernRequest => ({
  divisionId: 'banbury-calthorpe',
  themeId: 'adolescent-vulnerability',
  subThemeId: null,
  objectiveId: null,
  title: 'Young people out late near the shops',
  details: 'Several residents mentioned groups of young people out very late on school nights.',
  location: 'Near the shops',
  source: 'visit',
  alreadyReported: 'no',
  wantsReply: true,
  personalDataConfirmed: true,
  ...overrides,
})

let keys = 0
export const newKey = () => `server-test-${++keys}-${Date.now()}`
