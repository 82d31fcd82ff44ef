/*
 * The real server (server/app.ts) as a contract back end, called in-process through its fetch
 * handler: no port, no network, and the same Request/Response a Node adapter would pass.
 */
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { inject } from 'vitest'
import { createApp } from '../../../server/app'
import { testConfig } from '../../../server/config'
import { openDatabase, type Database } from '../../../server/db/open'
import { insertRecords, resetDatabase } from '../../../server/db/seed'
import { databaseUrl, quoteIdentifier } from '../global-setup/provided'
import { ContractClient } from './client'
import type { Driver } from './types'

type App = ReturnType<typeof createApp>

interface Opened {
  database: Database
  /** Removes whatever was created for this file. */
  dispose: () => Promise<void>
}

export async function openServerDriver(kind: 'pglite' | 'postgres'): Promise<Driver> {
  const { database, dispose } = kind === 'pglite' ? await openPglite() : await openPostgres()
  let app: App | undefined
  let current: () => Date = () => new Date()
  const currentApp = (): App => {
    if (!app) throw new Error('The server is not set up: resetBackend() runs before each test.')
    return app
  }
  return {
    kind,
    async reset(clock) {
      current = () => clock.current()
      await resetDatabase(database, { now: clock.current() })
      // A new app per test, so nothing kept in memory (rate limits, caches) outlives a test.
      app = createApp({ database, config: testConfig(), now: () => clock.now() })
    },
    newClient(name) {
      return new ContractClient({
        name,
        transport: async (request) => currentApp().fetch(request),
        clock: current,
      })
    },
    insert(records) {
      return insertRecords(database, records)
    },
    async close() {
      try {
        await database.close()
      } finally {
        await dispose()
      }
    },
  }
}

/** Loading the migrated dump the global setup made is far quicker than migrating per file. */
async function openPglite(): Promise<Opened> {
  const dump = await readFile(inject('contractPgliteDump'))
  const database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) })
  return { database, dispose: () => Promise.resolve() }
}

/** A database of this file's own, copied from the migrated template, so files run in parallel. */
async function openPostgres(): Promise<Opened> {
  const { adminUrl, template, prefix } = inject('contractPostgres')
  const name = `${prefix}${randomUUID().replaceAll('-', '').slice(0, 12)}`
  await admin(
    adminUrl,
    `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`,
  )
  const dispose = () => dropDatabase(adminUrl, name)
  try {
    const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, name) })
    return { database, dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}

/** How often, and how far apart, a drop refused for a process still in the database is retried. */
const DROP_ATTEMPTS = 10
const DROP_RETRY_MS = 500

/**
 * Drops a file's database, ending its connections. Autovacuum may be working in a database just
 * copied from the template, and ending its process needs pg_signal_backend, which the test role
 * may not have (42501), or it may hold on a moment (55006): both pass once it has finished.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
      return
    } catch (error) {
      const code = (error as { code?: unknown }).code
      const passing = code === '42501' || code === '55006'
      if (!passing || attempt === DROP_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, DROP_RETRY_MS))
    }
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
