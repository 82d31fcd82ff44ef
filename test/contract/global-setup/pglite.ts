/*
 * contract-pglite, once per run: migrate one in-memory PGlite and keep its data folder as a
 * tarball. Migrating takes seconds; each test file loads the tarball in under one (see
 * backend/server.ts), and each test then only truncates and reseeds.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { dumpPglite, openDatabase } from '../../../server/db/open'
import './provided'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ee-contract-pglite-'))
  try {
    const database = await openDatabase({ dataDir: 'memory://' })
    let dump: Blob
    try {
      dump = await dumpPglite(database)
    } finally {
      await database.close()
    }
    const file = path.join(folder, 'migrated.tar')
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()))
    project.provide('contractPgliteDump', file)
  } catch (error) {
    await rm(folder, { recursive: true, force: true })
    throw error
  }
  return () => rm(folder, { recursive: true, force: true })
}
