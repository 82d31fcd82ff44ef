/**
 * Structured logs (JSON lines, pino). They say what happened to which request, never what it
 * carried: no bodies, no query strings (the text search may hold anything), no cookies.
 */
import pino from 'pino'

export type Logger = pino.Logger

export const createLogger = (level: pino.LevelWithSilent): Logger =>
  pino({
    level,
    base: { service: 'eyes-and-ears' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  })
