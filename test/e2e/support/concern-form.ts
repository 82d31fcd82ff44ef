/** The councillor's concern form, driven as a councillor drives it (shared by the journeys). */
import type { Page } from 'playwright-core'

export interface ConcernAnswers {
  /** The visible label of "What is it about?"'s choice. */
  theme: string
  title: string
  details: string
  location: string
}

export const SAMPLE_ANSWERS: ConcernAnswers = {
  theme: 'Children or young people being sexually exploited or groomed',
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
  await waitForPage(page, 'Where is it?')
  await page.getByLabel('Which division is it in?').waitFor()
}

/** The question pages' headings, in order. */
export const QUESTION_PAGES = [
  'Where is it?',
  'What is it about?',
  'What did you notice?',
  'How did you come to know about it?',
  'Has it already been reported to the MASH or the police?',
  'A reply, and the Board’s objectives',
] as const

/** Continue, and wait for the next page's h1 (its questions wait for their lists). */
export async function continueTo(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click()
  await waitForPage(page, heading)
}

/**
 * Answers every question page from the first, ending on the last with its answers given (Continue
 * from there is check answers); the division is left as offered (the councillor's own).
 */
export async function fillConcernForm(
  page: Page,
  answers: ConcernAnswers = SAMPLE_ANSWERS,
): Promise<void> {
  await page.getByLabel('Where in the division? (optional)').fill(answers.location)
  await continueTo(page, 'What is it about?')
  await page.getByRole('radio', { name: answers.theme }).check()
  await continueTo(page, 'What did you notice?')
  await page.getByLabel('Give it a short title').fill(answers.title)
  await page.getByLabel('What you noticed').fill(answers.details)
  await continueTo(page, 'How did you come to know about it?')
  await page
    .getByRole('group', { name: 'How did you come to know about it?' })
    .getByLabel('At a surgery')
    .check()
  await continueTo(page, 'Has it already been reported to the MASH or the police?')
  await page
    .getByRole('group', { name: 'Has it already been reported to the MASH or the police?' })
    .getByLabel('No', { exact: true })
    .check()
  await continueTo(page, 'A reply, and the Board’s objectives')
  await page
    .getByRole('group', { name: 'Do you want a reply from the chair?' })
    .getByLabel('Yes')
    .check()
}

/** From a signed-in councillor's page to "Check your answers", ready to send. */
export async function toCheckAnswers(
  page: Page,
  answers: ConcernAnswers = SAMPLE_ANSWERS,
): Promise<void> {
  await page.goto('/concerns/new')
  await passInterruption(page)
  await fillConcernForm(page, answers)
  await page.getByRole('button', { name: 'Continue' }).click()
  await waitForPage(page, 'Check your answers before sending')
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
