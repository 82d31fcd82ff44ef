import type { SessionUser } from '../../src/lib/api/schemas'
import type { ServerConfig } from '../config'
import type { Database } from '../db/open'
import type { Logger } from '../logger'

/** What every request handler can reach: set up once per request by the app's middleware. */
export interface AppEnv {
  Variables: {
    database: Database
    config: ServerConfig
    now: () => Date
    logger: Logger
    /** The signed-in user, or null. */
    user: SessionUser | null
    /** SHA-256 of the session cookie's token, when there is a live session. */
    sessionHash: string | null
  }
}
