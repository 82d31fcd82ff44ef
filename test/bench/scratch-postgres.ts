/**
 * A database of its own on the local PostgreSQL for one benchmark run (TEST_DATABASE_URL, or the
 * one test/tools/ensure-postgres.sh finds or starts), dropped again by `drop`.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '../..')

export async function scratchPostgresDatabase(
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl =
    process.env.TEST_DATABASE_URL ??
    execFileSync('bash', [path.join(root, 'test/tools/ensure-postgres.sh')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1) ??
    ''
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) }
}
