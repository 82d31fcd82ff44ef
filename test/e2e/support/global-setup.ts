/**
 * Starts the two back ends the browser tests run against, and stops them afterwards:
 *
 * - demo: `vite preview` of the demo build in dist-demo/ (the mock API in a service worker, with
 *   its fault injection), for the tests written against the mock;
 * - server: the real server (`node dist-server/main.js`) serving the production build in dist/,
 *   on an embedded database in a fresh temporary folder, with demo sign-in.
 *
 * It builds nothing: run `npm run build && npm run build:demo` first. To test something already
 * running instead, set E2E_BASE_URL (the demo, e.g. `npm run dev`) and E2E_SERVER_URL (a server).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../tools/free-port'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the demo build (mock API), without a trailing slash. */
    baseUrl: string
    /**
     * Origins of the real servers (production build, real API), without a trailing slash: one per
     * test worker, each with a database of its own, so two files running at once never share data.
     */
    serverUrls: string[]
    /**
     * The folders those servers serve the app from (copies of dist/), for a test that ships a new
     * release under a running app; '' when the server is not started here (E2E_SERVER_URL).
     */
    serverStaticDirs: string[]
  }
}

const root = path.resolve(import.meta.dirname, '../../..')
const STARTUP_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 12_000
const LOG_DIR = path.join(root, 'test-results')

/** Every test signs in over and over from 127.0.0.1: the real limits would refuse the suite. */
const GENEROUS_LIMIT = '100000'

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function requireBuilt(file: string, how: string, sourceDirs: string[]): void {
  const absolute = path.join(root, file)
  if (!fs.existsSync(absolute)) {
    throw new Error(`${file} is missing: run \`${how}\` before the browser tests.`)
  }
  const sources = Math.max(...sourceDirs.map((dir) => newestMtime(path.join(root, dir))))
  if (sources > fs.statSync(absolute).mtimeMs) {
    console.warn(`[e2e] ${file} is older than the sources: the tests run the last build.`)
  }
}

/**
 * The tests run a copy of the builds taken when they start, so a rebuild meanwhile (another
 * terminal, another engineer on the same checkout) cannot swap the files under a running test:
 * a page loaded from one build asking for a lazy chunk of the next gets a 404. The copy lives
 * under node_modules so the server's bare imports (hono, pg, …) still resolve.
 */
function snapshot(scope: Scope, build: string, name = build): string {
  const copy = path.join(scope.copies, name)
  fs.rmSync(copy, { recursive: true, force: true })
  fs.cpSync(path.join(root, build), copy, { recursive: true })
  return copy
}

interface Started {
  url: string
  child: ChildProcess
}

/**
 * What one project's setup owns (each project of vitest.e2e.config.ts starts its own back ends):
 * its name, which prefixes its logs, its copies of the builds and its database folders.
 */
interface Scope {
  project: string
  copies: string
  dataRoot: string
}

const running = new Set<ChildProcess>()
const tempDirs = new Set<string>()

// A last resort when vitest exits without the teardown (interrupted with Ctrl-C): never leave a
// server on a port or a database folder behind. Only synchronous work is possible here.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(
  scope: Scope,
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  readyPath: string,
): Promise<Started> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = path.join(LOG_DIR, `${scope.project}-${name}.log`)
  const log = fs.createWriteStream(logFile)
  // Node itself, not an npx/.bin wrapper: killing a wrapper would leave the real process behind.
  const child = spawn(
    process.execPath,
    args.map((arg) => arg.replace('{port}', String(port))),
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, NO_COLOR: '1', PORT: String(port) },
    },
  )
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    log.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  child.once('exit', () => log.end())

  try {
    await waitUntilReady(name, `${url}${readyPath}`, child, () => output)
  } catch (error) {
    await stop(child)
    throw error
  }
  console.log(`[${scope.project}] ${name} on ${url} (log: ${path.relative(root, logFile)})`)
  return { url, child }
}

async function waitUntilReady(
  name: string,
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode}:\n${output()}`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    // Polling a process that is starting; nothing to await instead.
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${name} did not answer ${url} within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`)
}

/** SIGTERM (the server finishes requests and closes its database), SIGKILL if it hangs. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

const external = (name: string): string | undefined =>
  process.env[name]?.trim().replace(/\/+$/, '') || undefined

function startDemo(scope: Scope): Promise<Started> {
  requireBuilt('dist-demo/index.html', 'npm run build:demo', ['src', 'mocks', 'public'])
  const demoBuild = snapshot(scope, 'dist-demo')
  return start(
    scope,
    'demo',
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      demoBuild,
      '--host',
      '127.0.0.1',
      '--port',
      '{port}',
      '--strictPort',
    ],
    process.env,
    '/',
  )
}

interface StartedServer extends Started {
  staticDir: string
}

/**
 * The `slot`th real server (1, 2, …), running the copy of dist-server/ in `serverBuild` (only
 * read, so the servers share it) on its own copy of dist/ and its own database folder.
 */
async function startServer(
  scope: Scope,
  serverBuild: string,
  slot: number,
): Promise<StartedServer> {
  const appBuild = snapshot(scope, 'dist', `dist-${slot}`)
  // The embedded database, not whatever DATABASE_URL the shell has: the tests must never write
  // into a real database, and a fresh folder means fresh demo data.
  const env = { ...process.env }
  delete env.DATABASE_URL
  const started = await start(
    scope,
    `server-${slot}`,
    [path.join(serverBuild, 'main.js')],
    {
      ...env,
      HOST: '127.0.0.1',
      DATA_DIR: path.join(scope.dataRoot, `db-${slot}`),
      STATIC_DIR: appBuild,
      DEMO_SIGN_IN: 'true',
      TRUST_PROXY: 'false',
      RATE_LIMIT_CONCERNS_PER_MINUTE: GENEROUS_LIMIT,
      RATE_LIMIT_SIGN_INS_PER_MINUTE: GENEROUS_LIMIT,
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'info',
    },
    '/readyz',
  )
  return { ...started, staticDir: appBuild }
}

/** Every promise's value, or the first failure once all have ended (so none is left starting). */
async function settled<T>(promises: Array<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises)
  return results.map((result) => {
    if (result.status === 'rejected') throw result.reason
    return result.value
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: Started[] = []
  const scope: Scope = {
    project: project.name,
    copies: path.join(
      root,
      'node_modules/.cache/eyes-and-ears-e2e',
      String(process.pid),
      project.name,
    ),
    // A database folder's lock file sits beside it (<DATA_DIR>.lock), so both live in here.
    dataRoot: fs.mkdtempSync(path.join(os.tmpdir(), 'ee-e2e-')),
  }
  const ownDirs = [scope.copies, scope.dataRoot]
  for (const dir of ownDirs) tempDirs.add(dir)
  const teardown = async () => {
    await Promise.all(started.map(({ child }) => stop(child)))
    for (const dir of ownDirs) {
      fs.rmSync(dir, { recursive: true, force: true })
      tempDirs.delete(dir)
    }
  }

  try {
    const demoUrl = external('E2E_BASE_URL')
    const serverUrl = external('E2E_SERVER_URL')
    // All at once: a server's new database takes seconds to create, and Vite waits on nothing.
    const launch = async <T extends Started>(run: () => Promise<T>): Promise<T> => {
      const launched = await run()
      started.push(launched)
      return launched
    }
    // A server per worker: the files that run at the same time never share a database.
    const slots = Array.from({ length: project.config.maxWorkers }, (_, index) => index + 1)
    let serverBuild = ''
    if (!serverUrl) {
      requireBuilt('dist/index.html', 'npm run build', ['src', 'public'])
      requireBuilt('dist-server/main.js', 'npm run build', ['server', 'src/lib'])
      serverBuild = snapshot(scope, 'dist-server')
    }
    const serverStarts: Array<Promise<{ url: string; staticDir: string }>> = serverUrl
      ? [Promise.resolve({ url: serverUrl, staticDir: '' })]
      : slots.map((slot) => launch(() => startServer(scope, serverBuild, slot)))
    const [demo, ...servers] = await settled<{ url: string; staticDir?: string }>([
      demoUrl ? Promise.resolve({ url: demoUrl }) : launch(() => startDemo(scope)),
      ...serverStarts,
    ])
    project.provide('baseUrl', demo?.url ?? '')
    project.provide(
      'serverUrls',
      servers.map((server) => server.url),
    )
    project.provide(
      'serverStaticDirs',
      servers.map((server) => server.staticDir ?? ''),
    )
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
