/** Journeys and checks shared by the browser tests. */
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { waitForHeading1 } from './browser'

export const PERSONA_IDS = ['cllr-banbury', 'cllr-oxford', 'cllr-didcot', 'chair'] as const
export type PersonaId = (typeof PERSONA_IDS)[number]

const isPersonaId = (value: string): value is PersonaId =>
  (PERSONA_IDS as readonly string[]).includes(value)

/**
 * Signs in through the real sign-in page. `persona` is a demo persona id ('chair',
 * 'cllr-banbury', …) or the visible label of its radio. Ends on the page the app lands on.
 */
export async function signIn(page: Page, persona: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/sign-in') {
    await page.goto('/sign-in')
    await waitForHeading1(page)
  }
  // The demo accounts come from the API: wait for them before choosing.
  await page.locator('input[type="radio"]').first().waitFor({ state: 'attached' })
  const byValue = page.locator(`input[type="radio"][value="${persona}"]`)
  const radio =
    isPersonaId(persona) && (await byValue.count()) > 0 ? byValue : page.getByLabel(persona)
  await radio.check()
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/sign-in')
  // Attached, not visible: a narrow layout may fold the header's controls away.
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'attached' })
  await waitForHeading1(page)
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
  // When the server refuses, the header says so and nothing else happens: fail with its words.
  const refused = page.getByText(/^You are still signed in/)
  await page.getByText('You have signed out.').or(refused).first().waitFor()
  if (await refused.isVisible()) {
    throw new Error(`Signing out did not work; the app says: "${await refused.innerText()}"`)
  }
  await page.waitForURL((url) => url.pathname === '/sign-in')
  await waitForHeading1(page)
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeOptions {
  /** CSS selectors to leave out, e.g. a third-party widget; say why at the call site. */
  exclude?: string[]
}

/** Runs axe-core (WCAG 2.2 AA tags) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  { exclude = [] }: AxeOptions = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  for (const selector of exclude) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  if (violations.length === 0) return
  const lines = violations.flatMap((violation) => [
    `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes
      .slice(0, 5)
      .flatMap((node) => [
        `    at ${node.target.join(' ')}`,
        ...(node.failureSummary ?? '').split('\n').map((line) => `      ${line}`),
      ]),
    ...(violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : []),
  ])
  throw new Error(
    `axe found ${violations.length} violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`,
  )
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots')

/** Full-page PNG in test-results/screenshots/<name>.png (gitignored). Returns the file path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** How far the page scrolls sideways (0 when nothing overflows the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement
    return scroller.scrollWidth - window.innerWidth
  })
}

export interface FocusedElement {
  /** Lower-case tag name, '' when nothing (or the body) has focus. */
  tag: string
  type: string
  id: string
  /** Accessible-ish name: aria-label, else a form control's label, else the text content. */
  name: string
}

export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { tag: '', type: '', id: '', name: '' }
    const label =
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? element.labels?.[0]?.textContent
        : undefined
    const name = element.getAttribute('aria-label') ?? label ?? element.textContent ?? ''
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      id: element.id,
      name: name.replace(/\s+/g, ' ').trim(),
    }
  })
}

/**
 * Presses Tab until the focused element matches (its name, or a predicate), as a keyboard user
 * would. Fails after `maxPresses` so an unreachable control is reported rather than looped over.
 */
export async function tabTo(
  page: Page,
  target: string | RegExp | ((element: FocusedElement) => boolean),
  maxPresses = 40,
): Promise<FocusedElement> {
  const matches = (element: FocusedElement) =>
    typeof target === 'function'
      ? target(element)
      : typeof target === 'string'
        ? element.name === target
        : target.test(element.name)
  const seen: string[] = []
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    if (matches(element)) return element
    seen.push(`${element.tag}${element.type ? `[${element.type}]` : ''} "${element.name}"`)
  }
  throw new Error(`Tab never reached ${String(target)}. Focus went through: ${seen.join(' | ')}`)
}
