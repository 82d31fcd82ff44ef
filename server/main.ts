/**
 * Starts the server: reads the settings, opens the database (migrating it), seeds the demo data
 * into an empty database in demo mode, and listens. SIGTERM or SIGINT: stop taking connections,
 * let requests in flight finish, close the database, exit.
 */
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ConfigError, loadConfig } from './config'
import { FolderLockedError } from './db/folder-lock'
import { openDatabase } from './db/open'
import { seedIfEmpty } from './db/seed'
import { createLogger } from './logger'

const SHUTDOWN_GRACE_MS = 10_000

async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const logger = createLogger(config.logLevel)
  const started = performance.now()
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  if (config.demoSignIn && (await seedIfEmpty(database))) {
    logger.info('seeded the demo data into an empty database')
  }
  const app = createApp({ database, config, logger })
  // Plain HTTP/1.1 (TLS ends at the council's proxy), so this is a node:http Server.
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info(
      {
        port: info.port,
        database: database.kind === 'postgres' ? 'postgres' : config.dataDir,
        demoSignIn: config.demoSignIn,
        startupMs: Math.round(performance.now() - started),
      },
      `listening on http://localhost:${info.port}`,
    )
  }) as Server

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping: finishing requests in flight')
    const force = setTimeout(() => {
      logger.warn('requests still open after the grace period: closing anyway')
      server.closeAllConnections()
    }, SHUTDOWN_GRACE_MS)
    force.unref()
    server.close(() => {
      database
        .close()
        .then(() => {
          logger.info('stopped')
          process.exit(0)
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'the database did not close cleanly')
          process.exit(1)
        })
    })
    // Idle keep-alive connections would hold close() open until they time out.
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof FolderLockedError) {
    console.error(`Eyes and Ears server could not start: ${error.message}`)
  } else {
    console.error('Eyes and Ears server could not start:', error)
  }
  process.exit(1)
})
