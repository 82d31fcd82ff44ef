import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { freePort } from './free-port'

/**
 * Starts the built server with demo sign-in on an embedded database in `dataDir` (never whatever
 * DATABASE_URL the shell has), serving the app in `app`, for the perf run and the screenshots.
 */
export function spawnDemoServer(options: {
  serverDir: string
  app: string
  dataDir: string
  port: number
  cwd: string
}): ChildProcess {
  const env = { ...process.env }
  delete env.DATABASE_URL
  return spawn(process.execPath, [path.join(options.serverDir, 'main.js')], {
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: path.join(options.dataDir, 'db'),
      STATIC_DIR: options.app,
      DEMO_SIGN_IN: 'true',
      LOG_LEVEL: 'warn',
    },
  })
}

/**
 * spawnDemoServer on a free port, resolved once the server answers /readyz (within 60 s), with
 * the origin to reach it at.
 */
export async function startDemoServer(options: {
  serverDir: string
  app: string
  dataDir: string
  cwd: string
}): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawnDemoServer({ ...options, port })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`)
    const ready = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return { origin, child }
    // Polling a process that is starting; nothing to await instead.
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stopDemoServer(child)
  throw new Error('The server did not become ready within 60 s')
}

/** Stops the server and resolves once it has exited (its database folder is then free). */
export function stopDemoServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
