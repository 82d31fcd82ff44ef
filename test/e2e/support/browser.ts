/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core (no browser is ever
 * downloaded). One browser per test file, a fresh context per openApp() — so every test starts
 * with empty localStorage, i.e. a freshly seeded mock store and no session.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject, onTestFinished } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without the networking flags Chromium keeps calling home on a machine with no network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const viewports = {
  portrait: { width: 768, height: 1024 },
  landscape: { width: 1024, height: 768 },
  narrow: { width: 320, height: 640 },
} as const

export type ViewportName = keyof typeof viewports

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

export function baseUrl(): string {
  return inject('baseUrl')
}

export interface AppPage {
  context: BrowserContext
  page: Page
  /** Uncaught errors thrown in the page since it opened (also printed as they happen). */
  pageErrors: string[]
}

export interface OpenAppOptions {
  viewport?: ViewportName | { width: number; height: number }
  /** Wait for the first h1 (default). False for pages that are expected not to render one. */
  waitForHeading?: boolean
}

/** A new browser context (own storage, own mock store) at the given viewport. */
export async function newContext(
  viewport: OpenAppOptions['viewport'] = 'portrait',
): Promise<BrowserContext> {
  const browser = await getBrowser()
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: typeof viewport === 'string' ? viewports[viewport] : viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'allow',
  })
  try {
    onTestFinished(() => context.close())
  } catch {
    // Opened outside a test (e.g. beforeAll): closed with the browser at the end of the file.
  }
  return context
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
  const context = await newContext(options.viewport)
  return openPage(context, path, options)
}

export async function waitForHeading1(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' })
}

/** The text of the page's first h1. */
export async function heading1(page: Page): Promise<string> {
  await waitForHeading1(page)
  return (await page.getByRole('heading', { level: 1 }).first().innerText()).trim()
}
