/**
 * Opens the database the server runs on: PostgreSQL through `pg` when a URL is given, otherwise
 * PGlite (PostgreSQL in WebAssembly) in a data folder, or in memory for tests. Either way the
 * committed migrations are applied before anything else touches it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { acquireFolderLock, type FolderLock } from './folder-lock'
import { schema } from './schema'

export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  kind: 'pglite' | 'postgres'
  db: AppDb
  /** Resolves when a trivial query answers (readiness). */
  ping(): Promise<void>
  close(): Promise<void>
  /** PGlite only: the whole data folder as a tarball, to start test databases from. */
  dump?: () => Promise<Blob>
}

export interface OpenOptions {
  /** PostgreSQL connection string; when set, the other options are ignored. */
  databaseUrl?: string | undefined
  /** PGlite data folder, or 'memory://' for a database that lives only in this process. */
  dataDir?: string
  /** PGlite: start from a dump (dumpPglite) instead of an empty folder. */
  loadDataDir?: Blob
  /** PostgreSQL connections at most (default 10). */
  poolSize?: number
}

// Beside this file in the source tree and in the server build (see vite.server.config.ts).
const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url))

export const MEMORY = 'memory://'

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10)
  return openPglite(options.dataDir ?? MEMORY, options.loadDataDir)
}

/** The PGlite data folder as a tarball (loadDataDir takes it back). */
export async function dumpPglite(database: Database): Promise<Blob> {
  if (!database.dump) throw new Error('Only an embedded (PGlite) database can be dumped')
  return database.dump()
}

async function openPglite(dataDir: string, loadDataDir: Blob | undefined): Promise<Database> {
  let lock: FolderLock | null = null
  if (dataDir !== MEMORY) {
    // PGlite does not create parent folders, and two processes on one folder silently lose
    // writes, so the folder is created here and held under a lock for as long as it is open.
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    lock = acquireFolderLock(dataDir)
  }
  try {
    const client = await PGlite.create(dataDir === MEMORY ? undefined : dataDir, {
      ...(loadDataDir ? { loadDataDir } : {}),
    })
    const db = drizzlePglite({ client, schema })
    await migratePglite(db, { migrationsFolder: MIGRATIONS })
    return {
      kind: 'pglite',
      db,
      ping: async () => {
        await client.query('select 1')
      },
      close: async () => {
        try {
          await client.close()
        } finally {
          lock?.release()
        }
      },
      dump: () => client.dumpDataDir('none'),
    }
  } catch (error) {
    lock?.release()
    throw error
  }
}

/** Only one server migrates at a time when several start together against one database. */
const MIGRATION_LOCK_ID = 4_172_031

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const migrator = new pg.Client({ connectionString: url })
  await migrator.connect()
  try {
    await migrator.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
    await migratePg(drizzlePg({ client: migrator, schema }), { migrationsFolder: MIGRATIONS })
  } finally {
    await migrator.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {})
    await migrator.end()
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool, schema }),
    ping: async () => {
      await pool.query('select 1')
    },
    close: () => pool.end(),
  }
}
