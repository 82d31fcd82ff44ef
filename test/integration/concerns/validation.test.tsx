// The question pages: each checks only its own questions, in the contract's words, with the
// GOV.UK error summary; an error goes as soon as it is put right; Back and Change move between
// pages; a later page opened too early sends them to the first page not yet answered.
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CONCERN_MESSAGES as MESSAGES } from '../../../src/lib/api'
import { renderApp } from '../../helpers/render-app'
import {
  changeLink,
  CHECK_HEADING,
  continueTo,
  continueToCheck,
  DETAILS,
  DETAILS_LABEL,
  fillForm,
  heading1,
  HOW_HEADING,
  passInterruption,
  radioIn,
  REPLY_HEADING,
  REPORTED_HEADING,
  savedShelf,
  THEME_HEADING,
  THEME_LABEL,
  typeInto,
  WHAT_HEADING,
  WHERE_HEADING,
} from './concern-helpers'

async function openForm() {
  const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(app.user)
  return app
}

const summary = () => screen.getByRole('alert')
const summaryMessages = () =>
  within(summary())
    .getAllByRole('listitem')
    .map((item) => item.textContent)

/** The message by the field (GOV.UK: "Error:" read out before it). */
const messageBy = (element: HTMLElement) =>
  element
    .closest('.govuk-form-group')
    ?.querySelector('.govuk-error-message')
    ?.textContent?.replace(/^Error:\s*/, '')

const pressContinue = (user: { click: (e: Element) => Promise<void> }) =>
  user.click(screen.getByRole('button', { name: 'Continue' }))

describe('each question page checks its own questions', () => {
  it('where: the division, and nothing from later pages', async () => {
    const { user } = await openForm()
    await user.selectOptions(screen.getByLabelText('Which division is it in?'), '')
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.divisionMissing])
    expect(summary().parentElement).toHaveFocus()
    expect(document.title).toBe(`Error: ${WHERE_HEADING} – Eyes and Ears`)
    expect(messageBy(screen.getByLabelText('Which division is it in?'))).toBe(
      MESSAGES.divisionMissing,
    )
    await typeInto(user, 'Where in the division? (optional)', 'z'.repeat(201))
    await user.selectOptions(screen.getByLabelText('Which division is it in?'), 'banbury-calthorpe')
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.locationLong])
  })

  it('theme: one choice, linked from the summary', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.themeMissing])
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.themeMissing }))
    expect(screen.getByRole('radio', { name: THEME_LABEL })).toHaveFocus()
  })

  it('what: the title and what they noticed, by the fields and in the summary', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.titleMissing, MESSAGES.detailsMissing])
    expect(messageBy(screen.getByLabelText('Give it a short title'))).toBe(MESSAGES.titleMissing)
    expect(screen.getByLabelText(DETAILS_LABEL)).toHaveAccessibleDescription(
      expect.stringContaining(MESSAGES.detailsMissing) as string,
    )
  })

  it('how, and reply: one message for each unanswered question', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    await typeInto(user, 'Give it a short title', 'A proper title')
    await typeInto(user, DETAILS_LABEL, DETAILS)
    await continueTo(user, HOW_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.sourceMissing])
    await user.click(radioIn('How did you come to know about it?', 'On a visit'))
    await continueTo(user, REPORTED_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.alreadyReportedMissing])
    await user.click(radioIn('Has it already been reported to the MASH or the police?', 'No'))
    await continueTo(user, REPLY_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.wantsReplyMissing])
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.wantsReplyMissing }))
    expect(radioIn('Do you want a reply from the chair?', 'Yes')).toHaveFocus()
    await user.click(radioIn('Do you want a reply from the chair?', 'No'))
    await continueToCheck(user)
  })

  it.each([
    ['Give it a short title', '2 characters and spaces', MESSAGES.titleShort, 'Ab  '],
    ['Give it a short title', '121 characters', MESSAGES.titleLong, 'x'.repeat(121)],
    [DETAILS_LABEL, '17 characters and spaces', MESSAGES.detailsShort, '   too short to say   '],
    [DETAILS_LABEL, '2,001 characters', MESSAGES.detailsLong, 'y'.repeat(2001)],
  ])('answers "%s" given %s with "%s", keeping the text', async (label, _len, message, text) => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    await typeInto(user, 'Give it a short title', 'A proper title')
    await typeInto(user, DETAILS_LABEL, DETAILS)
    await typeInto(user, label, text)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([message])
    expect(messageBy(screen.getByLabelText(label))).toBe(message)
    expect(screen.getByLabelText(label)).toHaveValue(text)
  })
})

describe('errors go as soon as they are put right', () => {
  it('clears a field’s error as it is fixed, before Continue, and leaves the others', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.titleMissing, MESSAGES.detailsMissing])

    // Still too short: still wrong, still red.
    await typeInto(user, 'Give it a short title', 'Ab')
    expect(messageBy(screen.getByLabelText('Give it a short title'))).toBeDefined()
    // Right now: no longer red, no longer in the summary.
    await typeInto(user, 'Give it a short title', 'Teenagers at the bus station')
    expect(messageBy(screen.getByLabelText('Give it a short title'))).toBeUndefined()
    expect(
      screen.getByLabelText('Give it a short title').closest('.govuk-form-group--error'),
    ).toBeNull()
    expect(summaryMessages()).toEqual([MESSAGES.detailsMissing])

    await typeInto(user, DETAILS_LABEL, DETAILS)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.title).toBe(`${WHAT_HEADING} – Eyes and Ears`)
  })

  it('clears a choice’s error when one is chosen', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await pressContinue(user)
    expect(summaryMessages()).toEqual([MESSAGES.themeMissing])
    await user.click(screen.getByRole('radio', { name: 'Children being neglected' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('radio', { name: 'Children being neglected' })).toBeChecked()
  })
})

describe('moving between the pages', () => {
  it('goes Back page by page to the start', async () => {
    const { user } = await openForm()
    await fillForm(user)
    for (const heading of [
      REPORTED_HEADING,
      HOW_HEADING,
      WHAT_HEADING,
      THEME_HEADING,
      WHERE_HEADING,
    ]) {
      await user.click(screen.getByRole('link', { name: 'Back' }))
      await heading1(heading)
    }
    // What they typed is all still there.
    expect(screen.getByLabelText('Where in the division? (optional)')).toHaveValue(
      'Near the skate park',
    )
  })

  it('a Change link opens that question, and Continue comes back to check answers', async () => {
    const { user } = await openForm()
    await fillForm(user)
    await continueToCheck(user)

    await user.click(changeLink('What you noticed'))
    await heading1(WHAT_HEADING)
    // The field it names has focus; Back goes to check answers too.
    await screen.findByLabelText(DETAILS_LABEL)
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/concerns/new/check',
    )
    await typeInto(user, DETAILS_LABEL, `${DETAILS} Also on weekdays.`)
    await continueToCheck(user)
    expect(screen.getByText(`${DETAILS} Also on weekdays.`)).toBeVisible()

    await user.click(changeLink('What it is about'))
    await heading1(THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Children living with domestic abuse' }))
    await continueToCheck(user)
    expect(screen.getByText('Children living with domestic abuse')).toBeVisible()
    expect(screen.getByText('Risk theme: Adolescent vulnerability')).toBeVisible()
  })

  it('a later page opened directly sends them to the first page not answered', async () => {
    const { user, router } = await openForm()
    await continueTo(user, THEME_HEADING)
    await router.navigate('/concerns/new/how')
    await waitFor(() => expect(router.state.location.pathname).toBe('/concerns/new/theme'))
    await heading1(THEME_HEADING)
    await router.navigate('/concerns/new/check')
    await waitFor(() => expect(router.state.location.pathname).toBe('/concerns/new/theme'))
  })

  it('saves the draft after each page', async () => {
    const { user } = await openForm()
    await typeInto(user, 'Where in the division? (optional)', 'By the canal')
    await continueTo(user, THEME_HEADING)
    expect(savedShelf('cllr-banbury')?.draft?.answers.location).toBe('By the canal')
    await user.click(screen.getByRole('radio', { name: 'Children being neglected' }))
    await continueTo(user, WHAT_HEADING)
    expect(savedShelf('cllr-banbury')?.draft?.answers).toMatchObject({
      themeId: 'adolescent-vulnerability',
      subThemeId: 'neglect',
    })
  })
})

describe('a pasted megabyte', () => {
  it('keeps the first 20,000 characters of what they noticed, and says the rest was not kept', async () => {
    const { user } = await openForm()
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    const field = screen.getByLabelText(DETAILS_LABEL)
    await user.click(field)
    await user.paste('a'.repeat(1_000_000))
    expect((field as HTMLTextAreaElement).value).toHaveLength(20_000)
    expect(
      screen.getByText(
        'What you pasted was 1,000,000 characters long. Only the first 20,000 were kept. What you noticed can be up to 2,000 characters.',
      ),
    ).toBeVisible()
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Only the first 20,000 were kept') as string,
    )
    await pressContinue(user)
    expect(summaryMessages()).toContain(MESSAGES.detailsLong)
  })
})

it('cuts a long insertion before the field holds it (no megabyte to lay out)', async () => {
  const { user } = await openForm()
  await continueTo(user, THEME_HEADING)
  await user.click(screen.getByRole('radio', { name: 'Something else' }))
  await continueTo(user, WHAT_HEADING)
  const field = screen.getByLabelText<HTMLTextAreaElement>(DETAILS_LABEL)
  await typeInto(user, DETAILS_LABEL, 'Before. ')
  const insertion = new InputEvent('beforeinput', {
    data: 'b'.repeat(1_000_000),
    inputType: 'insertText',
    bubbles: true,
    cancelable: true,
  })
  act(() => {
    field.dispatchEvent(insertion)
  })
  expect(insertion.defaultPrevented).toBe(true)
  expect(field.value).toHaveLength(20_000)
  expect(field.value.startsWith('Before. b')).toBe(true)
  expect(screen.getByText(/Only the first 20,000 were kept/)).toBeVisible()
})

it('shows the answers on check answers in the order of the pages', async () => {
  const { user } = await openForm()
  await fillForm(user)
  await continueToCheck(user)
  await heading1(CHECK_HEADING)
  const keys = [...document.querySelectorAll('.govuk-summary-list__key')].map((k) => k.textContent)
  expect(keys).toEqual([
    'Division',
    'Where in the division',
    'What it is about',
    'Title',
    'What you noticed',
    'How you came to know',
    'Already reported to the MASH or police',
    'Reply wanted',
    'Related objective',
  ])
})
