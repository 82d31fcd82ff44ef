/** The councillor's concern form, driven as a councillor drives it (shared by the journeys). */
import type { Page } from 'playwright-core'

export interface ConcernAnswers {
  /** The visible label of the risk theme's radio. */
  theme: string
  /** The visible label of the part of the theme, if the theme has parts. */
  subTheme?: string
  title: string
  details: string
  location: string
}

export const SAMPLE_ANSWERS: ConcernAnswers = {
  theme: 'Adolescent vulnerability',
  subTheme: 'Child sexual exploitation',
  title: 'Teenagers gathering late at night',
  details:
    'Residents at my surgery said groups of young people gather near the skate park late at night, most weekends.',
  location: 'Near the skate park',
}

/**
 * A title no other test (or earlier run against the same server) uses, so a search finds this
 * concern alone. Letters only after the prefix: digits could read as a date or a phone number to
 * the personal-data check.
 */
export function uniqueTitle(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const suffix = Array.from(
    crypto.getRandomValues(new Uint8Array(8)),
    (byte) => letters[byte % 26],
  ).join('')
  return `${prefix} ${suffix}`
}

export async function waitForPage(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

/** Through the interruption with the mouse, the way most councillors will. */
export async function passInterruption(page: Page): Promise<void> {
  await waitForPage(page, 'Before you raise a concern')
  await page.getByRole('radio', { name: /a pattern, a place or a wider worry/i }).check()
  await page.getByRole('checkbox', { name: /I understand this app is not for/ }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await waitForPage(page, 'Tell the Board what you noticed')
  await page.getByLabel('Give it a short title').waitFor()
}

/** Answers every question; the division is left as the form offers it (the councillor's own). */
export async function fillConcernForm(
  page: Page,
  answers: ConcernAnswers = SAMPLE_ANSWERS,
): Promise<void> {
  await page.getByRole('radio', { name: answers.theme }).check()
  if (answers.subTheme) {
    await page.getByRole('radio', { name: answers.subTheme }).check()
  }
  await page.getByLabel('Give it a short title').fill(answers.title)
  await page.getByLabel('What did you notice?').fill(answers.details)
  await page.getByLabel('Where in the division? (optional)').fill(answers.location)
  await page
    .getByRole('group', { name: 'How did you come to know about it?' })
    .getByLabel('At a surgery')
    .check()
  await page
    .getByRole('group', { name: 'Has it already been reported to the MASH or the police?' })
    .getByLabel('No', { exact: true })
    .check()
  await page
    .getByRole('group', { name: 'Do you want a reply from the chair?' })
    .getByLabel('Yes')
    .check()
}

/** From a signed-in councillor's page to a ticked "Check your answers", ready to send. */
export async function toCheckAnswers(
  page: Page,
  answers: ConcernAnswers = SAMPLE_ANSWERS,
): Promise<void> {
  await page.goto('/concerns/new')
  await passInterruption(page)
  await fillConcernForm(page, answers)
  await page.getByRole('button', { name: 'Continue' }).click()
  await waitForPage(page, 'Check your answers before sending')
  await page.getByRole('checkbox', { name: /I have removed names/ }).check()
}

/** The reference on the confirmation page ("Concern sent … Your reference EE-2026-0009"). */
export async function confirmedReference(page: Page): Promise<string> {
  await waitForPage(page, 'Concern sent')
  const panel = page.locator('.govuk-panel--confirmation')
  const reference = (await panel.locator('strong').innerText()).trim()
  if (!/^EE-\d{4}-\d{4,}$/.test(reference)) {
    throw new Error(`The confirmation shows "${reference}", not a reference like EE-2026-0001.`)
  }
  return reference
}
