/**
 * The server: the /api/v1 contract over a database, and the built app on the same origin.
 * It never listens (main.ts does), so tests call app.fetch(request) directly.
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { notFound, serverError, tooLarge } from '../src/lib/backend/problems'
import { MAX_BODY_BYTES } from '../src/lib/backend/validation'
import type { ServerConfig } from './config'
import type { Database } from './db/open'
import type { AppEnv } from './http/env'
import { RateLimiter } from './http/rate-limit'
import { clientAddress, type AppContext } from './http/request'
import { noStore, refuseCrossSite, requireJsonBodies, securityHeaders } from './http/security'
import { resolveSession } from './http/session'
import { createLogger, type Logger } from './logger'
import { boardRoutes } from './routes/board'
import { concernRoutes } from './routes/concerns'
import { demoRoutes } from './routes/demo'
import { exportRoutes } from './routes/export'
import { healthRoutes } from './routes/health'
import { sessionRoutes } from './routes/session'
import { staticRoutes } from './static'

export interface AppDeps {
  database: Database
  config: ServerConfig
  /** The clock (tests fix it). */
  now?: () => Date
  logger?: Logger
}

const MINUTE = 60_000

export function createApp(deps: AppDeps) {
  const { database, config } = deps
  const now = deps.now ?? (() => new Date())
  const logger = deps.logger ?? createLogger(config.logLevel)
  const concernLimiter = new RateLimiter(config.rateLimit.concernsPerMinute, MINUTE, now)
  const signInLimiter = new RateLimiter(config.rateLimit.signInsPerMinute, MINUTE, now)
  const addressOf = (c: AppContext) => {
    let socket: string | undefined
    try {
      socket = getConnInfo(c).remote.address
    } catch {
      // app.fetch in tests has no socket.
    }
    return clientAddress(c, socket)
  }

  const app = new Hono<AppEnv>()

  app.use('*', async (c, next) => {
    c.set('database', database)
    c.set('config', config)
    c.set('now', now)
    c.set('logger', logger)
    const started = performance.now()
    await next()
    // Method, path and status only: never bodies, query strings or cookies.
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        user: c.get('user')?.id,
      },
      'request',
    )
  })
  app.use('*', securityHeaders)
  app.use('*', compress())
  app.use('*', answerThrownProblems)

  app.route('/', healthRoutes())

  const api = new Hono<AppEnv>()
  api.use('*', noStore)
  api.use('*', answerThrownProblems)
  api.use('*', refuseCrossSite)
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => tooLarge(MAX_BODY_BYTES),
    }),
  )
  api.use('*', requireJsonBodies)
  api.use('*', resolveSession)
  api.route('/', sessionRoutes(signInLimiter, addressOf))
  api.route('/', boardRoutes())
  // Before concernRoutes, whose /concerns/:id would otherwise take "export.csv" for an id.
  api.route('/', exportRoutes())
  api.route('/', concernRoutes(concernLimiter))
  api.route('/', demoRoutes())
  api.all('*', () => notFound('There is no such API endpoint.'))
  app.route('/api/v1', api)
  app.all('/api/*', () => notFound('There is no such API endpoint.'))

  if (config.staticDir) app.route('/', staticRoutes(config.staticDir))

  app.onError((error, c) => {
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed')
    return serverError('The server could not finish this request.')
  })
  return app
}

export type App = ReturnType<typeof createApp>

/**
 * Problem answers are thrown as Responses (as the mock's are), so the shared checks serve both
 * back ends. Hono hands only Error instances to onError; this makes the rest the answer where it
 * stands, so the middleware around it still adds its headers.
 */
const answerThrownProblems: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await next()
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown
    c.res = thrown
  }
}
