import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CONCERN_MESSAGES as MESSAGES } from '../../../src/lib/api'
import { renderApp } from '../../helpers/render-app'
import {
  CHECK_HEADING,
  continueToCheck,
  fillForm,
  FORM_HEADING,
  heading1,
  passInterruption,
  radioIn,
  typeInto,
} from './concern-helpers'

async function openForm(url = '/concerns/new') {
  const app = renderApp({ url, as: 'cllr-banbury' })
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

describe('the form checks every answer, GOV.UK style', () => {
  it('lists every missing answer, by the field and in a summary that takes focus', async () => {
    const { user } = await openForm()
    await user.selectOptions(screen.getByLabelText('Which division is it in?'), '')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(summaryMessages()).toEqual([
      MESSAGES.divisionMissing,
      MESSAGES.themeMissing,
      MESSAGES.titleMissing,
      MESSAGES.detailsMissing,
      MESSAGES.sourceMissing,
      MESSAGES.alreadyReportedMissing,
      MESSAGES.wantsReplyMissing,
    ])
    expect(summary().parentElement).toHaveFocus()
    expect(document.title).toBe(`Error: ${FORM_HEADING} – Eyes and Ears`)
    expect(messageBy(screen.getByLabelText('Which division is it in?'))).toBe(
      MESSAGES.divisionMissing,
    )
    expect(messageBy(screen.getByLabelText('Give it a short title'))).toBe(MESSAGES.titleMissing)
    expect(messageBy(screen.getByLabelText('What did you notice?'))).toBe(MESSAGES.detailsMissing)
    expect(messageBy(radioIn('How did you come to know about it?', 'At a surgery'))).toBe(
      MESSAGES.sourceMissing,
    )
    expect(screen.getByLabelText('Give it a short title')).toHaveAccessibleDescription(
      expect.stringContaining(MESSAGES.titleMissing) as string,
    )
  })

  it('links each summary message to its field', async () => {
    const { user } = await openForm()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.titleMissing }))
    expect(screen.getByLabelText('Give it a short title')).toHaveFocus()
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.themeMissing }))
    expect(
      screen.getByRole('radio', { name: 'Rising child protection and children in care activity' }),
    ).toHaveFocus()
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.wantsReplyMissing }))
    expect(radioIn('Do you want a reply from the chair?', 'Yes')).toHaveFocus()
  })

  it.each([
    ['Give it a short title', '2 characters and spaces', MESSAGES.titleShort, 'Ab  '],
    ['Give it a short title', '121 characters', MESSAGES.titleLong, 'x'.repeat(121)],
    [
      'What did you notice?',
      '17 characters and spaces',
      MESSAGES.detailsShort,
      '   too short to say   ',
    ],
    ['What did you notice?', '2,001 characters', MESSAGES.detailsLong, 'y'.repeat(2001)],
    ['Where in the division? (optional)', '201 characters', MESSAGES.locationLong, 'z'.repeat(201)],
  ])('answers "%s" given %s with "%s"', async (label, _length, message, text) => {
    const { user } = await openForm()
    await fillForm(user)
    await typeInto(user, label, text)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryMessages()).toEqual([message])
    expect(messageBy(screen.getByLabelText(label))).toBe(message)
    // What they typed is still there.
    expect(screen.getByLabelText(label)).toHaveValue(text)
  })

  it('accepts the exact limits, trimmed as the server trims', async () => {
    const { user } = await openForm()
    await fillForm(user, { title: '  Abcde  ', details: `${'d'.repeat(2000)}` })
    await continueToCheck(user)
  })

  it('keeps every answer when errors are shown, and clears the errors once put right', async () => {
    const { user } = await openForm()
    await fillForm(user, { title: 'Hi' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(summaryMessages()).toEqual([MESSAGES.titleShort])
    expect(screen.getByRole('radio', { name: 'Adolescent vulnerability' })).toBeChecked()
    expect(screen.getByLabelText('Where in the division? (optional)')).toHaveValue(
      'Near the skate park',
    )
    expect(radioIn('Do you want a reply from the chair?', 'Yes')).toBeChecked()
    await typeInto(user, 'Give it a short title', 'Hi there, a proper title')
    await continueToCheck(user)
    expect(document.title).toBe(`${CHECK_HEADING} – Eyes and Ears`)
  })

  it('shows a live character count for what they noticed, and says when it is over', async () => {
    const { user } = await openForm()
    await typeInto(user, 'What did you notice?', 'Twelve chars')
    expect(screen.getByText('You have 1,988 characters remaining')).toBeVisible()
    await typeInto(user, 'What did you notice?', 'q'.repeat(2003))
    const over = screen.getByText('You have 3 characters too many')
    expect(over).toHaveClass('govuk-error-message')
    // Screen readers hear it politely once typing pauses.
    const live = document.querySelector('.govuk-character-count__sr-status')
    expect(live).toHaveAttribute('aria-live', 'polite')
    await screen.findByText('You have 3 characters too many', {
      selector: '.govuk-character-count__sr-status',
    })
  })

  it('asks for the confirmation on check answers before sending', async () => {
    const { user } = await openForm()
    await fillForm(user)
    await continueToCheck(user)
    await user.click(screen.getByRole('button', { name: 'Send concern' }))
    expect(summaryMessages()).toEqual([MESSAGES.confirmMissing])
    expect(document.title).toBe(`Error: ${CHECK_HEADING} – Eyes and Ears`)
    expect(messageBy(screen.getByRole('checkbox', { name: /I have removed names/ }))).toBe(
      MESSAGES.confirmMissing,
    )
    await user.click(within(summary()).getByRole('link', { name: MESSAGES.confirmMissing }))
    expect(screen.getByRole('checkbox', { name: /I have removed names/ })).toHaveFocus()
  })
})

it('offers the sub-themes of the chosen theme, and "Something else"', async () => {
  const { user } = await openForm()
  await user.click(screen.getByRole('radio', { name: 'Adolescent vulnerability' }))
  const part = screen.getByRole('group', { name: 'Which part of it? (optional)' })
  expect(
    within(part)
      .getAllByRole('radio')
      .map((radio) => radio.closest('div')?.textContent),
  ).toEqual([
    'Child sexual exploitation',
    'Referrals to child and adolescent mental health services',
    expect.stringMatching(/high-risk|high risk/i) as string,
    'Childhood neglect',
    'Domestic abuse',
    'Not sure, or more than one',
  ])
  await user.click(screen.getByRole('radio', { name: 'Something else' }))
  expect(screen.queryByRole('group', { name: 'Which part of it? (optional)' })).toBeNull()
  await heading1(FORM_HEADING)
})
