// Per-file setup of the browser tests (see vitest.e2e.config.ts).
import { afterAll } from 'vitest'
import { closeBrowser } from './browser'

afterAll(closeBrowser)
