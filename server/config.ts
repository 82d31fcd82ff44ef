/**
 * Every setting of the server, read from the environment once at start. The README's "Settings"
 * table lists them with these defaults; keep the two in step.
 */
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  /** PostgreSQL when set; otherwise the embedded database in dataDir. */
  databaseUrl: string | undefined
  /** PGlite's data folder (created with its parents when missing). */
  dataDir: string
  /** Sign in as a demo persona, seed the demo data into an empty database, allow demo reset. */
  demoSignIn: boolean
  sessionIdleMinutes: number
  sessionMaxHours: number
  /** Behind a reverse proxy: believe X-Forwarded-Proto/-Host/-For from it. */
  trustProxy: boolean
  /** The built app (vite build) served on the same origin; null serves the API alone. */
  staticDir: string | null
  rateLimit: {
    /** POST /concerns per signed-in user per minute. */
    concernsPerMinute: number
    /** POST /session per client address per minute. */
    signInsPerMinute: number
  }
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent'
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const

export function loadConfig(env: NodeJS.ProcessEnv, root = process.cwd()): ServerConfig {
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)
  }
  const staticDir = env.STATIC_DIR ?? path.join(root, 'dist')
  return {
    port: wholeNumber(env, 'PORT', 8080, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data/pglite'),
    demoSignIn: flag(env, 'DEMO_SIGN_IN', false),
    sessionIdleMinutes: wholeNumber(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: wholeNumber(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    staticDir: staticDir === '' ? null : path.resolve(root, staticDir),
    rateLimit: {
      concernsPerMinute: wholeNumber(env, 'RATE_LIMIT_CONCERNS_PER_MINUTE', 30, 1, 100_000),
      signInsPerMinute: wholeNumber(env, 'RATE_LIMIT_SIGN_INS_PER_MINUTE', 20, 1, 100_000),
    },
    logLevel: logLevel as ServerConfig['logLevel'],
  }
}

/** For tests: demo sign-in on, limits no test meets unless it sets them, no static files, quiet. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: 'memory://',
    demoSignIn: true,
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    trustProxy: false,
    staticDir: null,
    rateLimit: { concernsPerMinute: 100_000, signInsPerMinute: 100_000 },
    logLevel: 'silent',
    ...overrides,
  }
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase()
  if (value === undefined || value === '') return fallback
  if (['true', '1', 'yes', 'on'].includes(value)) return true
  if (['false', '0', 'no', 'off'].includes(value)) return false
  throw new ConfigError(`${name} must be true or false, not "${env[name]}"`)
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = env[name]?.trim()
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`)
  }
  return number
}
