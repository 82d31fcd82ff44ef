/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core (no browser is ever
 * downloaded). One browser per test file, a fresh context per openApp() — so every test starts
 * with empty localStorage and no session: against the demo build a freshly seeded mock store,
 * against the real server a new device (the server's data is shared by the whole run).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import fs from 'node:fs'
import path from 'node:path'
import { inject, onTestFinished } from 'vitest'
import { watchCsp } from './csp'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/chromium'

export { CHROMIUM_PATH }

export const viewports = {
  portrait: { width: 768, height: 1024 },
  landscape: { width: 1024, height: 768 },
  narrow: { width: 320, height: 640 },
} as const

export type ViewportName = keyof typeof viewports

/** For expect.poll: its 1 s default is shorter than a busy 2-core machine needs to re-render. */
export const POLL = { timeout: 15_000, interval: 100 } as const

let browserPromise: Promise<Browser> | undefined

export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  return browserPromise
}

/** Called once per test file by setup.ts. */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise
  browserPromise = undefined
  if (pending) await (await pending).close()
}

/**
 * What the browser talks to: 'demo' is the demo build with the mock API (fault injection, a
 * store per context), 'server' the production build served by the real server.
 */
export type Target = 'demo' | 'server'

/**
 * Which of the real servers this file uses: Vitest numbers its workers 1…maxWorkers, and each
 * worker has a server of its own, so files running at the same time never share a database.
 */
function serverSlot<T>(perWorker: T[]): T | undefined {
  const worker = Number(process.env.VITEST_POOL_ID) || 1
  return perWorker[(worker - 1) % Math.max(1, perWorker.length)]
}

export function baseUrl(target: Target = 'demo'): string {
  const url = target === 'demo' ? inject('baseUrl') : serverSlot(inject('serverUrls'))
  if (!url) throw new Error(`No ${target} back end was started for the browser tests.`)
  return url
}

/**
 * The folder this file's real server serves the app from, for a test that ships a new release
 * under a running app; '' when the server was not started by the tests (E2E_SERVER_URL).
 */
export function serverStaticDir(): string {
  return serverSlot(inject('serverStaticDirs')) ?? ''
}

export interface AppPage {
  context: BrowserContext
  page: Page
  /** Uncaught errors thrown in the page since it opened (also printed as they happen). */
  pageErrors: string[]
}

export interface OpenAppOptions {
  viewport?: ViewportName | { width: number; height: number }
  /** The back end (default 'demo'). */
  target?: Target
  /** Wait for the first h1 (default). False for pages that are expected not to render one. */
  waitForHeading?: boolean
}

/**
 * A new browser context (own storage, own mock store) at the given viewport, watched for Content
 * Security Policy violations (cspViolations()); only the real server sends a policy.
 */
export async function newContext(
  viewport: OpenAppOptions['viewport'] = 'portrait',
  target: Target = 'demo',
): Promise<BrowserContext> {
  const browser = await getBrowser()
  const context = await browser.newContext({
    baseURL: baseUrl(target),
    viewport: typeof viewport === 'string' ? viewports[viewport] : viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'allow',
  })
  try {
    onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail') await screenshotFailure(context, task.fullName)
      await context.close()
    })
  } catch {
    // Opened outside a test (e.g. beforeAll): closed with the browser at the end of the file.
  }
  await watchCsp(context)
  return context
}

const FAILURE_DIR = path.resolve(import.meta.dirname, '../../../test-results/failures')

/** What each page of the context showed when its test failed (test-results/failures/). */
async function screenshotFailure(context: BrowserContext, testName: string): Promise<void> {
  fs.mkdirSync(FAILURE_DIR, { recursive: true })
  const name = testName.replace(/[^\w.-]+/g, '-').slice(0, 120)
  for (const [index, page] of context.pages().entries()) {
    const file = path.join(FAILURE_DIR, `${name}-page${index + 1}.png`)
    // A page that has crashed or closed has nothing to show; the test's own error says why.
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  }
}

/**
 * Opens `path` in a new page of `context` and waits for the first h1. The demo build starts the
 * mock service worker before it renders anything, so once a heading shows the API answers.
 */
export async function openPage(
  context: BrowserContext,
  path = '/',
  { waitForHeading = true }: Pick<OpenAppOptions, 'waitForHeading'> = {},
): Promise<AppPage> {
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => {
    pageErrors.push(error.message)
    console.error(`[page error] ${page.url()}: ${error.message}`)
  })
  await page.goto(path)
  if (waitForHeading) await waitForHeading1(page)
  return { context, page, pageErrors }
}

/** Opens the app at `path` in a fresh context (nobody signed in, fresh demo data). */
export async function openApp(path = '/', options: OpenAppOptions = {}): Promise<AppPage> {
  const context = await newContext(options.viewport, options.target)
  return openPage(context, path, options)
}

export async function waitForHeading1(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' })
}

/**
 * Waits for the page's h1 to say `expected`: right after a click the URL can already be the new
 * page's while the old heading is still on screen, so reading the h1 once would race the render.
 */
export async function expectHeading1(page: Page, expected: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', {
    level: 1,
    name: expected,
    ...(typeof expected === 'string' ? { exact: true } : {}),
  })
  try {
    await heading.first().waitFor({ state: 'visible' })
  } catch {
    throw new Error(
      `expected the h1 to be ${String(expected)}, but it is "${await heading1(page)}"`,
    )
  }
}

/** The text of the page's first h1. */
export async function heading1(page: Page): Promise<string> {
  await waitForHeading1(page)
  return (await page.getByRole('heading', { level: 1 }).first().innerText()).trim()
}
