/*
 * Runs before every unit and integration test file (vite.config.ts → test.setupFiles).
 * Each test starts with the mock API's seed data, nobody signed in and empty browser storage.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import * as axeMatchers from 'vitest-axe/matchers'
import { takeConsoleProblems, watchConsole } from './helpers/console'
import { resetMockDb, server } from './helpers/mock-server'

// Each page is a lazy route module and the first render of a file compiles it: on a busy
// two-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 })

// A test that logs console.error or console.warn fails unless it declared the log
// (test/helpers/console.ts: expectConsoleError / expectConsoleWarn).
watchConsole()

expect.extend(axeMatchers)

declare module 'vitest' {
  // The type parameter must match Vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> {
    toHaveNoViolations(): void
  }
  interface AsymmetricMatchersContaining {
    toHaveNoViolations(): void
  }
}

/*
 * Node's BroadcastChannel reaches every worker thread of the process, so one test file's app
 * signing out reached another file's app, which then forgot its own state (the app tells its other
 * tabs when the session changes). Here a channel reaches only channels opened in the same test
 * file, as a browser's reaches only the same origin's tabs.
 */
class FileBroadcastChannel extends EventTarget implements BroadcastChannel {
  static readonly #open = new Set<FileBroadcastChannel>()
  readonly name: string
  onmessage: BroadcastChannel['onmessage'] = null
  onmessageerror: BroadcastChannel['onmessageerror'] = null

  constructor(name: string) {
    super()
    this.name = name
    FileBroadcastChannel.#open.add(this)
  }

  postMessage(message: unknown): void {
    const data: unknown = structuredClone(message)
    for (const channel of FileBroadcastChannel.#open) {
      if (channel === this || channel.name !== this.name) continue
      setTimeout(() => {
        const event = new MessageEvent('message', { data })
        channel.dispatchEvent(event)
        channel.onmessage?.call(channel, event)
      }, 0)
    }
  }

  close(): void {
    FileBroadcastChannel.#open.delete(this)
  }
}
globalThis.BroadcastChannel = FileBroadcastChannel

/*
 * jsdom does no layout. Charts (Recharts' ResponsiveContainer) draw only once a ResizeObserver
 * reports a size, so this one reports a fixed, tablet-like size for whatever it observes.
 */
const OBSERVED_SIZE = { width: 720, height: 360 }

class SizedResizeObserver implements ResizeObserver {
  readonly #callback: ResizeObserverCallback

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback
  }

  observe(target: Element): void {
    const { width, height } = OBSERVED_SIZE
    const box = [{ inlineSize: width, blockSize: height }]
    const entry = {
      target,
      contentRect: DOMRectReadOnly.fromRect({ x: 0, y: 0, width, height }),
      borderBoxSize: box,
      contentBoxSize: box,
      devicePixelContentBoxSize: box,
    } satisfies ResizeObserverEntry
    queueMicrotask(() => this.#callback([entry], this))
  }

  unobserve(): void {}

  disconnect(): void {}
}

globalThis.ResizeObserver = SizedResizeObserver

// jsdom has no canvas; axe-core probes it (colour checks) and jsdom would print "not implemented".
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext

// jsdom has no scrolling; components scroll fields and summaries into view.
Element.prototype.scrollIntoView = function scrollIntoView() {}
window.scrollTo = () => {}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

beforeEach(() => {
  resetMockDb()
  localStorage.clear()
  sessionStorage.clear()
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // After cleanup: unmounting may log too.
  const problems = takeConsoleProblems()
  if (problems) throw new Error(problems)
})

afterAll(() => {
  server.close()
  // Logged after the last test's check (or before the first test): no test declared it.
  const problems = takeConsoleProblems(false)
  if (problems) throw new Error(problems)
})
