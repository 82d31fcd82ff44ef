/*
 * contract-postgres, once per run: find a PostgreSQL server (TEST_DATABASE_URL, or a local one
 * that test/tools/ensure-postgres.sh installs and starts), migrate a template database, and hand
 * its name to the test files; each file copies it into a database of its own (backend/server.ts).
 * The teardown drops the template and every copy this run made.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { hostname } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../../server/db/open'
import { databaseUrl, quoteIdentifier } from './provided'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
/**
 * Names carry this machine and the run's process id, so runs on one shared server never drop
 * each other's databases, and a killed run's databases can be recognised later.
 */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
const PREFIX = `ee_contract_${HOST}_`

const HOW_TO =
  'The contract-postgres tests need PostgreSQL (15 or later). Either set TEST_DATABASE_URL to ' +
  'postgres://user:password@host:port/database for a role that may CREATE DATABASE, or run the ' +
  'tests as root on Debian so that test/tools/ensure-postgres.sh can install and start one ' +
  "(as another user: 'sudo bash test/tools/ensure-postgres.sh' once, then run the tests again)."

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = serverUrl()
  await dropLeftovers(adminUrl)

  const runPrefix = `${PREFIX}${process.pid}_`
  const template = `${runPrefix}template`
  await admin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(template)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoteIdentifier(template)}`)
  })
  try {
    const database = await openDatabase({ databaseUrl: databaseUrl(adminUrl, template) })
    await database.close()
  } catch (error) {
    await dropRun(adminUrl, runPrefix)
    throw error
  }
  project.provide('contractPostgres', { adminUrl, template, prefix: `${runPrefix}f_` })
  return () => dropRun(adminUrl, runPrefix)
}

function serverUrl(): string {
  const given = process.env.TEST_DATABASE_URL?.trim()
  if (given) return given
  try {
    const output = execFileSync('bash', [path.join(ROOT, 'test/tools/ensure-postgres.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const url = output.trim().split('\n').at(-1)?.trim()
    if (!url?.startsWith('postgres')) throw new Error(`it printed ${JSON.stringify(output)}`)
    return url
  } catch (error) {
    const stderr =
      typeof error === 'object' && error !== null && 'stderr' in error
        ? String(error.stderr).trim()
        : ''
    const reason = stderr || (error instanceof Error ? error.message : String(error))
    throw new Error(`${HOW_TO}\ntest/tools/ensure-postgres.sh failed: ${reason}`)
  }
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${HOW_TO}\nCould not connect to ${redacted(url)}: ${reason}`)
  }
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The names of the databases that start with `prefix`. */
async function databasesLike(client: pg.Client, prefix: string): Promise<string[]> {
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [prefix],
  )
  return rows.map((row) => row.datname)
}

async function dropRun(url: string, runPrefix: string): Promise<void> {
  await admin(url, async (client) => {
    for (const name of await databasesLike(client, runPrefix)) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
    }
  })
}

/** A run that was killed leaves its databases; drop those whose process is gone. */
async function dropLeftovers(url: string): Promise<void> {
  await admin(url, async (client) => {
    for (const name of await databasesLike(client, PREFIX)) {
      const pid = Number(/^(\d+)_/.exec(name.slice(PREFIX.length))?.[1])
      if (!Number.isInteger(pid) || isRunning(pid)) continue
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
    }
  })
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'TEST_DATABASE_URL'
  }
}
