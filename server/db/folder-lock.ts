/**
 * A lock file beside a PGlite data folder. PGlite is one process's database: a second process on
 * the same folder would silently lose writes, so the second server refuses to start instead.
 */
import fs from 'node:fs'

export interface FolderLock {
  path: string
  release(): void
}

export class FolderLockedError extends Error {}

export function acquireFolderLock(folder: string): FolderLock {
  const lockPath = `${folder}.lock`
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' })
      let held = true
      return {
        path: lockPath,
        release() {
          if (!held) return
          held = false
          fs.rmSync(lockPath, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim())
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new FolderLockedError(
          `The data folder ${folder} is in use by another server (process ${owner}). ` +
            'Stop that server first, or give this one another DATA_DIR.',
        )
      }
      // Left by a server that was killed: nobody holds it, so take it over.
      fs.rmSync(lockPath, { force: true })
    }
  }
  throw new FolderLockedError(`Could not lock the data folder ${folder}: try again.`)
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
