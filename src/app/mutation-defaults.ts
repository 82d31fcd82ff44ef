import { registerConcernMutationDefaults } from '../features/concerns'
import type { MutationDefaultsRegistration } from '../lib/query'

/**
 * Every feature's mutation defaults, registered on the query client at start-up, before the saved
 * cache is restored, so a mutation that was waiting for signal when the app closed can run again.
 *
 * Features: add your registration function to this list (one line each).
 */
export const MUTATION_DEFAULTS: readonly MutationDefaultsRegistration[] = [
  registerConcernMutationDefaults,
]
