/*
 * Runs before every contract test file (vite.config.ts → the contract-* projects' setupFiles):
 * one back end per file, reset to the sample data with nobody signed in before each test.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { resetBackend, startBackend, stopBackend } from './backend'

beforeAll(startBackend)
beforeEach(resetBackend)
afterAll(stopBackend)
