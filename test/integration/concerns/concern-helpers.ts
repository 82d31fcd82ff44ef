import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'
import { newConcernRecord, type StoredConcern } from '../../../src/lib/backend/concern-records'
import {
  actorOf,
  personaById,
  sessionUserOf,
  type PersonaId,
} from '../../../src/lib/backend/seed/personas'
import type { CreateConcernRequest } from '../../../src/lib/api'
import { draftKeyFor, type DraftShelf } from '../../../src/features/concerns/drafts'
import { mockDb } from '../../helpers/mock-server'

export const START_HEADING = 'Before you raise a concern'
/** The question pages' headings, in order. */
export const WHERE_HEADING = 'Where is it?'
export const THEME_HEADING = 'What is it about?'
export const WHAT_HEADING = 'What did you notice?'
export const HOW_HEADING = 'How did you come to know about it?'
export const REPORTED_HEADING = 'Has it already been reported to the MASH or the police?'
export const REPLY_HEADING = 'A reply, and the Board’s objectives'
/** The first question page, where the form starts. */
export const FORM_HEADING = WHERE_HEADING
export const CHECK_HEADING = 'Check your answers before sending'

export const DETAILS = 'Young people gather near the skate park late at night, most weekends.'
export const DETAILS_LABEL = 'What you noticed'
export const THEME_LABEL = 'Children or young people being sexually exploited or groomed'

export const heading1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })

/** Through the safeguarding interruption, the way a councillor raising a pattern goes. */
export async function passInterruption(user: UserEvent): Promise<void> {
  await heading1(START_HEADING)
  await user.click(screen.getByRole('radio', { name: /a pattern, a place or a wider worry/i }))
  await user.click(screen.getByRole('checkbox', { name: /I understand this app is not for/ }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await heading1(WHERE_HEADING)
  // The page shows once the lists it offers (divisions, themes, objectives) have loaded.
  await screen.findByLabelText('Which division is it in?')
}

export interface FormInput {
  /** The plain-words choice of what it is about. */
  theme?: string
  title?: string
  details?: string
  location?: string
  source?: string
  alreadyReported?: string
  wantsReply?: 'Yes' | 'No'
}

/** Continue, then wait for the next page's heading (and its fields, once its lists load). */
export async function continueTo(user: UserEvent, heading: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await heading1(heading)
  if (heading !== CHECK_HEADING) await screen.findByRole('button', { name: 'Continue' })
}

/**
 * Answers every question page from the first (the division is already the councillor's own),
 * ending on the last question page with its answers given: `continueToCheck` goes on.
 */
export async function fillForm(user: UserEvent, input: FormInput = {}): Promise<void> {
  const {
    theme = THEME_LABEL,
    title = 'Teenagers gathering late at night',
    details = DETAILS,
    location = 'Near the skate park',
    source = 'At a surgery',
    alreadyReported = 'No',
    wantsReply = 'Yes',
  } = input
  await heading1(WHERE_HEADING)
  await typeInto(user, 'Where in the division? (optional)', location)
  await continueTo(user, THEME_HEADING)
  await user.click(screen.getByRole('radio', { name: theme }))
  await continueTo(user, WHAT_HEADING)
  await typeInto(user, 'Give it a short title', title)
  await typeInto(user, DETAILS_LABEL, details)
  await continueTo(user, HOW_HEADING)
  await user.click(radioIn('How did you come to know about it?', source))
  await continueTo(user, REPORTED_HEADING)
  await user.click(
    radioIn('Has it already been reported to the MASH or the police?', alreadyReported),
  )
  await continueTo(user, REPLY_HEADING)
  await user.click(radioIn('Do you want a reply from the chair?', wantsReply))
}

/** Replaces a text field's value by pasting (typing 2,000 characters one by one is slow). */
export async function typeInto(user: UserEvent, label: string, text: string): Promise<void> {
  const field = screen.getByLabelText(label)
  await user.clear(field)
  if (text === '') return
  await user.click(field)
  await user.paste(text)
}

export const radioIn = (legend: string, name: string) =>
  within(screen.getByRole('group', { name: legend })).getByRole('radio', { name })

export async function continueToCheck(user: UserEvent): Promise<void> {
  await continueTo(user, CHECK_HEADING)
}

/** Presses Send on check answers (nothing in these answers needs confirming). */
export async function confirmAndSend(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Send concern' }))
}

/** From check answers, the "Change" link of an answer (by its row's name). */
export const changeLink = (what: string) =>
  screen.getByRole('link', { name: `Change ${what.toLowerCase()}` })

/** The concerns the app created in this test (not the sample ones). */
export const createdConcerns = (): StoredConcern[] =>
  mockDb().data.concerns.filter((concern) => !concern.sample)

export function savedShelf(userId: string): DraftShelf | null {
  const raw = localStorage.getItem(draftKeyFor(userId))
  return raw === null ? null : (JSON.parse(raw) as DraftShelf)
}

export async function waitForDraftSaved(userId: string, title: string): Promise<void> {
  await waitFor(() => expect(savedShelf(userId)?.draft?.answers.title).toBe(title))
}

export const validRequest = (
  overrides: Partial<CreateConcernRequest> = {},
): CreateConcernRequest => ({
  divisionId: 'banbury-calthorpe',
  themeId: 'adolescent-vulnerability',
  subThemeId: null,
  objectiveId: null,
  title: 'Teenagers gathering late at night',
  details: DETAILS,
  location: '',
  source: 'surgery',
  alreadyReported: 'no',
  wantsReply: true,
  ...overrides,
})

/** Puts concerns by a persona straight into the store, `minutesApart` apart, oldest first. */
export function addConcerns(
  personaId: PersonaId,
  count: number,
  make: (index: number) => Partial<CreateConcernRequest> = () => ({}),
): StoredConcern[] {
  const store = mockDb()
  const author = actorOf(sessionUserOf(personaById(personaId)))
  const start = Date.now() - count * 60_000
  const created = Array.from({ length: count }, (_, index) => {
    const at = new Date(start + index * 60_000)
    return newConcernRecord({
      id: `test-${personaId}-${index + 1}`,
      reference: store.nextReference(at),
      request: validRequest({ title: `Test concern number ${index + 1}`, ...make(index) }),
      author,
      at,
      eventId: `test-${personaId}-${index + 1}-event`,
      sample: false,
    })
  })
  store.data.concerns.push(...created)
  return created
}
