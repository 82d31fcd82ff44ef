/*
 * A test fails if it logs console.error or console.warn it did not declare (test/setup.ts checks
 * after each test). A log nobody expects is a bug or a warning someone stopped reading; a log a
 * test provokes on purpose (a page that throws, a failed request it shows) is declared where it
 * happens:
 *
 *   expectConsoleError(/The above error occurred/)
 *
 * A declared pattern must be logged at least once by the end of the test (so declarations do not
 * outlive the behaviour they describe), and may be logged any number of times. Matching lines are
 * kept out of the output; anything else fails the test, quoted in full in its error.
 */
import { format } from 'node:util'

export type ConsoleLevel = 'error' | 'warn'

interface Expectation {
  level: ConsoleLevel
  pattern: RegExp
  seen: number
}

interface Logged {
  level: ConsoleLevel
  message: string
}

/*
 * Noise from libraries, not from our code or a test, silenced for every test. Each entry says
 * why; keep this list short: most logs are either a bug or belong to one test.
 */
const LIBRARY_NOISE: readonly { level: ConsoleLevel; pattern: RegExp; why: string }[] = []

let expectations: Expectation[] = []
let unexpected: Logged[] = []

function record(level: ConsoleLevel, args: unknown[]): void {
  const message = format(...args)
  if (LIBRARY_NOISE.some((noise) => noise.level === level && noise.pattern.test(message))) return
  const expected = expectations.find((e) => e.level === level && e.pattern.test(message))
  if (expected) {
    expected.seen += 1
    return
  }
  unexpected.push({ level, message })
}

/** Replaces console.error and console.warn for the whole file (test/setup.ts calls it once). */
export function watchConsole(): void {
  console.error = (...args: unknown[]) => record('error', args)
  console.warn = (...args: unknown[]) => record('warn', args)
}

// Without the g and y flags, whose lastIndex would make test() answer differently each time.
const stateless = (pattern: RegExp) =>
  new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))

/** The current test expects console.error lines matching `pattern` (at least one). */
export function expectConsoleError(pattern: RegExp): void {
  expectations.push({ level: 'error', pattern: stateless(pattern), seen: 0 })
}

/** The current test expects console.warn lines matching `pattern` (at least one). */
export function expectConsoleWarn(pattern: RegExp): void {
  expectations.push({ level: 'warn', pattern: stateless(pattern), seen: 0 })
}

/**
 * What went wrong with the console since the last check, as one message (or null if nothing),
 * and a fresh start for the next test. `checkExpected` is false outside a test (after all tests
 * of a file), where nothing is declared.
 */
export function takeConsoleProblems(checkExpected = true): string | null {
  const problems = [
    ...unexpected.map(
      ({ level, message }) =>
        `unexpected console.${level} (declare it with expectConsole${
          level === 'error' ? 'Error' : 'Warn'
        }(/…/) if the test provokes it):\n${message}`,
    ),
    ...(checkExpected ? expectations : [])
      .filter((e) => e.seen === 0)
      .map((e) => `expected a console.${e.level} matching ${String(e.pattern)}, but none came`),
  ]
  expectations = []
  unexpected = []
  return problems.length > 0 ? problems.join('\n\n') : null
}
