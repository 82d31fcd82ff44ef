// Every interactive element on every councillor page is at least 44 by 44 CSS px, at both tablet
// sizes. The pages are found the way a councillor finds them (links, the concern form's own
// Continue buttons), so a page added to a journey is measured without editing this file.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  expectHeading1,
  expectNoAxeViolations,
  openApp,
  signIn,
  waitForHeading1,
  type ViewportName,
} from './support'

const TARGET = 44

/** A control smaller than the target, as the report lists it. */
interface SmallTarget {
  page: string
  control: string
  width: number
  height: number
}

/**
 * Controls known to be too small, in pages other people are rewriting as this test is written:
 * `page` is a path pattern, `control` the start of the control's description; `owner` says who
 * is fixing it. They are printed on every run; delete an entry once its fix is in.
 */
const KNOWN_SMALL: readonly { page: RegExp; control: string; owner: string }[] = []

/**
 * Measures every visible control on the page: links, buttons, form fields, summaries and anything
 * focusable. What is measured is what a finger can hit: the element's border box, and for a radio
 * or a checkbox its label as well, which checks it (GOV.UK's pattern: the whole label is the
 * target). Controls hidden from sight (`hidden`, `display: none`, the visually-hidden 1px boxes
 * such as the skip link before it is focused) are not targets.
 *
 * No exception is taken for links in running text (WCAG 2.2's 2.5.8 allows them at AA): the app
 * aims at 44 by 44 for every target, as 2.5.5 (AAA) asks, because it is used standing up, on a
 * tablet, in a hurry.
 */
async function smallTargets(page: Page): Promise<SmallTarget[]> {
  const path = new URL(page.url()).pathname
  const found = await page.evaluate((size) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(', ')
    const describe = (element: Element): string => {
      const tag = element.tagName.toLowerCase()
      const type = element.getAttribute('type')
      const label =
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement
          ? (element.labels?.[0]?.textContent ?? element.name)
          : (element.getAttribute('aria-label') ?? element.textContent ?? '')
      const text = label.replace(/\s+/g, ' ').trim().slice(0, 60)
      const where = element.closest('header, nav, footer, main')?.tagName.toLowerCase() ?? 'page'
      return `${where} ${tag}${type ? `[${type}]` : ''} "${text}"`
    }
    // A pseudo-element laid over the element widens what a finger can hit without changing the
    // element's box: GOV.UK's back link reaches 14px above and below its text this way.
    const px = (value: string) => (value.endsWith('px') ? Number.parseFloat(value) : 0)
    const withHitArea = (element: Element, box: DOMRect): DOMRect => {
      let { left, top, right, bottom } = box
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        if (style.content === 'none' || style.position !== 'absolute') continue
        // Offsets of a laid-out box resolve to pixels, measured inwards from each edge.
        top = Math.min(top, box.top + px(style.top))
        bottom = Math.max(bottom, box.bottom - px(style.bottom))
        left = Math.min(left, box.left + px(style.left))
        right = Math.max(right, box.right - px(style.right))
      }
      return new DOMRect(left, top, right - left, bottom - top)
    }
    const small: { control: string; width: number; height: number }[] = []
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[hidden], [inert], [aria-hidden="true"]')) continue
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      let box = element.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1) continue
      box = withHitArea(element, box)
      if (
        element instanceof HTMLInputElement &&
        (element.type === 'radio' || element.type === 'checkbox')
      ) {
        const label = element.labels?.[0]?.getBoundingClientRect()
        if (label) {
          const left = Math.min(box.left, label.left)
          const top = Math.min(box.top, label.top)
          box = new DOMRect(
            left,
            top,
            Math.max(box.right, label.right) - left,
            Math.max(box.bottom, label.bottom) - top,
          )
        }
      }
      // Rounding: a box drawn at 43.99px is a 44px box.
      const width = Math.round(box.width)
      const height = Math.round(box.height)
      if (width < size || height < size) small.push({ control: describe(element), width, height })
    }
    return small
  }, TARGET)
  return found.map((target) => ({ page: path, ...target }))
}

/** Collects the small targets of every page visited, and says which pages were measured. */
class TargetReport {
  readonly small: SmallTarget[] = []
  readonly pages: string[] = []

  async measure(page: Page): Promise<void> {
    await waitForHeading1(page)
    // Measure what has loaded, not the grey blocks standing in for it.
    await page.waitForFunction(
      () => document.querySelector('main [aria-busy="true"], main .app-loading') === null,
    )
    this.pages.push(new URL(page.url()).pathname)
    this.small.push(...(await smallTargets(page)))
    // Every number to call is the one phone button (or a page's own big "Call 999" button).
    const handMade = await page
      .locator('a[href^="tel:"]:not(.app-phone-link):not(.govuk-button)')
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''))
    expect(handMade, `phone numbers not drawn by PhoneLink on ${page.url()}`).toEqual([])
  }

  /** Fails with the list of small targets, less the known ones; fails too on a stale entry. */
  expectNoneSmall(viewport: ViewportName): void {
    const known = (target: SmallTarget) =>
      KNOWN_SMALL.find(
        (entry) => entry.page.test(target.page) && target.control.startsWith(entry.control),
      )
    const line = (target: SmallTarget) =>
      `${target.page}: ${target.control} is ${target.width}×${target.height}`
    const pending = this.small.filter(known)
    if (pending.length > 0) {
      console.info(
        `[targets ${viewport}] known, not yet fixed:\n${pending
          .map((target) => `  ${line(target)} (${known(target)?.owner ?? ''})`)
          .join('\n')}`,
      )
    }
    expect(
      this.small.filter((target) => !known(target)).map(line),
      `Targets smaller than ${TARGET}×${TARGET} CSS px at ${viewport} (pages measured: ${this.pages.join(', ')})`,
    ).toEqual([])
  }
}

/** Waits for the next page's h1: the address changes a moment before the heading does. */
async function newHeading(page: Page, before: string): Promise<void> {
  await page.waitForFunction((previous) => {
    const heading = document.querySelector('h1')?.innerText
    return heading !== undefined && heading !== previous
  }, before)
}

/** Follows the first link in <main> whose address matches, and measures the page it opens. */
async function followFirst(page: Page, report: TargetReport, href: RegExp): Promise<string> {
  // The links arrive with the page's data: wait for one that matches.
  const handle = await page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('main a[href]')]
        .map((link) => link.getAttribute('href') ?? '')
        .find((candidate) => new RegExp(source).test(candidate)),
    href.source,
  )
  const target = (await handle.jsonValue()) as string
  const before = await page.getByRole('heading', { level: 1 }).first().innerText()
  await page.locator(`main a[href="${target}"]`).first().click()
  await page.waitForURL((url) => url.pathname === target.split('?')[0])
  await newHeading(page, before)
  await report.measure(page)
  return target
}

const SAFE_TEXT = 'Young people gathering near the skate park late at night'

/**
 * Answers whatever the page asks, the way a councillor would with a pattern to report: the first
 * choice of each question (the "wider worry" one on the way in), every box ticked, text where
 * there is none. Written against the form as it is at the time, whatever its pages are.
 */
async function answerThisPage(page: Page): Promise<void> {
  const radios = page.locator('main input[type="radio"]')
  const names = [
    ...new Set(
      await radios.evaluateAll((elements) =>
        elements.map((element) => (element as HTMLInputElement).name),
      ),
    ),
  ]
  for (const name of names) {
    const group = page.locator(`main input[type="radio"][name="${name}"]`)
    if (await group.evaluateAll((inputs) => inputs.some((i) => (i as HTMLInputElement).checked)))
      continue
    const labels = await group.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    )
    const wider = labels.findIndex((label) => /pattern|place|wider/i.test(label))
    const safe = labels.findIndex((label) => !/danger|particular child/i.test(label))
    await group.nth(wider >= 0 ? wider : Math.max(safe, 0)).check()
  }
  for (const box of await page.locator('main input[type="checkbox"]:visible').all()) {
    if (!(await box.isChecked())) await box.check()
  }
  for (const field of await page
    .locator(
      'main input[type="text"]:visible, main input:not([type]):visible, main textarea:visible',
    )
    .all()) {
    if ((await field.inputValue()) === '') await field.fill(SAFE_TEXT)
  }
  for (const select of await page.locator('main select:visible').all()) {
    if ((await select.inputValue()) === '') {
      const values = await select
        .locator('option')
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
        )
      if (values[0]) await select.selectOption(values[0])
    }
  }
}

/**
 * From the start of "Raise a concern" to "Check your answers", measuring each page once it is
 * answered (conditional questions shown). Stops at check answers: nothing is sent.
 */
async function walkConcernForm(page: Page, report: TargetReport): Promise<void> {
  await page.goto('/concerns/new')
  for (let step = 0; step < 10; step += 1) {
    await waitForHeading1(page)
    const path = new URL(page.url()).pathname
    await answerThisPage(page)
    await report.measure(page)
    if (path.endsWith('/check')) return
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText()
    await page
      .getByRole('button', { name: /^(Continue|Save and continue)$/ })
      .first()
      .click()
    // The address changes a moment before the next page draws its heading: wait for both.
    await page.waitForFunction(
      ([before, title]) =>
        (location.pathname !== before && document.querySelector('h1')?.innerText !== title) ||
        document.querySelector('.govuk-error-summary') !== null,
      [path, heading] as const,
    )
    if (new URL(page.url()).pathname === path) {
      const summary = await page
        .locator('.govuk-error-summary')
        .innerText()
        .catch(() => '')
      throw new Error(`The form would not go on from ${path}: ${summary}`)
    }
  }
  throw new Error(`Ten pages on from /concerns/new and still no check answers: ${page.url()}`)
}

/** The start page's other ways: each answer that leads somewhere else (call 999, the MASH). */
async function walkSafeguardingBranches(page: Page, report: TargetReport): Promise<void> {
  await page.goto('/concerns/new')
  await waitForHeading1(page)
  const labels = await page
    .locator('main input[type="radio"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
    )
  for (const label of labels.filter((text) => /danger|particular child/i.test(text))) {
    await page.goto('/concerns/new')
    await waitForHeading1(page)
    await page.getByLabel(label, { exact: true }).check()
    const before = await page.getByRole('heading', { level: 1 }).first().innerText()
    await page.getByRole('button', { name: 'Continue' }).first().click()
    await page.waitForURL((url) => url.pathname !== '/concerns/new')
    await newHeading(page, before)
    await report.measure(page)
  }
}

describe.each<[ViewportName]>([['portrait'], ['landscape']])(
  'every target is at least 44 by 44 CSS px at %s',
  (viewport) => {
    it('on the public pages: sign-in, about and the accessibility statement', async () => {
      const report = new TargetReport()
      const { page } = await openApp('/sign-in', { viewport })
      await page.locator('input[type="radio"]').first().waitFor()
      await report.measure(page)
      // The skip link is hidden until it has focus, the first Tab of every page: measure it then.
      await page.keyboard.press('Tab')
      const skip = await page.evaluate(() => {
        const box = document.activeElement?.getBoundingClientRect()
        return { text: document.activeElement?.textContent, width: box?.width, height: box?.height }
      })
      expect(skip.text).toBe('Skip to main content')
      expect(Math.round(skip.width ?? 0)).toBeGreaterThanOrEqual(TARGET)
      expect(Math.round(skip.height ?? 0)).toBeGreaterThanOrEqual(TARGET)
      for (const link of ['About this app and your data', 'Accessibility statement']) {
        await page.getByRole('contentinfo').getByRole('link', { name: link }).click()
        await waitForHeading1(page)
        await report.measure(page)
      }
      await expectHeading1(page, 'Accessibility statement for Eyes and Ears')
      await expectNoAxeViolations(page, `accessibility statement (${viewport})`)
      await page.goto('/about')
      await expectHeading1(page, 'About this app')
      await expectNoAxeViolations(page, `about (${viewport})`)
      report.expectNoneSmall(viewport)
    })

    it('on the board: overview, objectives, an objective, risk themes, a risk theme', async () => {
      const report = new TargetReport()
      const { page } = await openApp('/sign-in', { viewport })
      await signIn(page, 'cllr-banbury')
      await page.getByRole('heading', { name: /^Risk theme 3/ }).waitFor()
      await report.measure(page)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Objectives' })
        .click()
      await expectHeading1(page, 'Objectives')
      await page.getByRole('heading', { name: /^Objective 4/ }).waitFor()
      await report.measure(page)
      await followFirst(page, report, /^\/objectives\/[^/]+$/)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Risk themes' })
        .click()
      await expectHeading1(page, 'Risk themes')
      await page.getByRole('heading', { name: /^Risk theme 3/ }).waitFor()
      await report.measure(page)
      await followFirst(page, report, /^\/risks\/[^/]+$/)
      report.expectNoneSmall(viewport)
    })

    it('on raising a concern and following it: every step of the form, My concerns, a concern', async () => {
      const report = new TargetReport()
      const { page } = await openApp('/sign-in', { viewport })
      await signIn(page, 'cllr-banbury')
      await walkSafeguardingBranches(page, report)
      await walkConcernForm(page, report)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /^My concerns/ })
        .click()
      await page.waitForURL((url) => url.pathname === '/concerns')
      await expectHeading1(page, 'My concerns')
      await report.measure(page)
      await followFirst(page, report, /^\/concerns\/(?!new)[^/?]+$/)
      report.expectNoneSmall(viewport)
    })
  },
)
