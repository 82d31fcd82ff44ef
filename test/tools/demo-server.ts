import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

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
