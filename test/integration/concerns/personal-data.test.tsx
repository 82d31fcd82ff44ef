// Personal data in place: marked under the field as they type (announced politely), beside its
// row on check answers, and never sent until each finding is changed or confirmed; what was
// confirmed reaches the store as the concern's personal data.
import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { CONCERN_MESSAGES } from '../../../src/lib/api'
import { validationFailed } from '../../../src/lib/backend/problems'
import { server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import {
  changeLink,
  CHECK_HEADING,
  confirmAndSend,
  continueTo,
  continueToCheck,
  createdConcerns,
  DETAILS_LABEL,
  fillForm,
  heading1,
  passInterruption,
  THEME_HEADING,
  typeInto,
  WHAT_HEADING,
} from './concern-helpers'

const NAMED = 'Jamie Smith, aged 7, is often out alone near the skate park late at night.'

async function openForm() {
  const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(app.user)
  return app
}

async function toWhatPage() {
  const app = await openForm()
  await continueTo(app.user, THEME_HEADING)
  await app.user.click(screen.getByRole('radio', { name: 'Something else' }))
  await continueTo(app.user, WHAT_HEADING)
  return app
}

const warningFor = (label: string) =>
  screen
    .getByLabelText(label)
    .closest('.govuk-form-group')
    ?.querySelector('.app-concerns-personal-data') ?? null

/** The check answers row of an answer, by its key. */
const row = (key: string) => {
  const term = screen.getByText(key, { selector: 'dt' })
  const found = term.closest('.govuk-summary-list__row')
  if (!(found instanceof HTMLElement)) throw new Error(`no row ${key}`)
  return found
}

const overrideBox = (match: string) =>
  screen.getByRole('checkbox', { name: `“${match}” does not identify a child or family` })

describe('in the field, as they type', () => {
  it('says why identifying details matter before they type', async () => {
    await toWhatPage()
    expect(
      screen.getByText('Do not include anything that could identify a child or family'),
    ).toBeVisible()
    expect(screen.getByText('Why this matters')).toBeVisible()
  })

  it('marks each finding under the field with its reason, once typing pauses, and says so politely', async () => {
    const { user } = await toWhatPage()
    await typeInto(user, DETAILS_LABEL, NAMED)
    // Not at once: the check waits for a pause in typing.
    expect(warningFor(DETAILS_LABEL)).toBeNull()
    await waitFor(() => expect(warningFor(DETAILS_LABEL)).not.toBeNull())
    const warning = warningFor(DETAILS_LABEL) as HTMLElement
    expect(warning).toHaveTextContent('What you noticed may identify a child or family')
    expect(warning).toHaveTextContent(/“?Jamie Smith”?: This looks like a person’s name/)
    expect(warning).toHaveTextContent(/aged 7”?: This looks like a child’s exact age/)
    expect(screen.getByLabelText(DETAILS_LABEL)).toHaveAccessibleDescription(
      expect.stringContaining('may identify a child or family') as string,
    )
    const live = document.querySelector('[aria-live="polite"].govuk-visually-hidden')
    expect(live).toHaveTextContent('2 possible identifying details in What you noticed.')
    expect(warningFor('Give it a short title')).toBeNull()

    // Taking the details out takes the warning away.
    await typeInto(user, DETAILS_LABEL, 'A child is often out alone near the skate park at night.')
    await waitFor(() => expect(warningFor(DETAILS_LABEL)).toBeNull())
    expect(live).toHaveTextContent('')
  })

  it('a fixed error is no longer red beside a warning', async () => {
    const { user } = await toWhatPage()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await typeInto(user, DETAILS_LABEL, NAMED)
    await waitFor(() => expect(warningFor(DETAILS_LABEL)).not.toBeNull())
    expect(screen.getByLabelText(DETAILS_LABEL).closest('.govuk-form-group--error')).toBeNull()
    expect(screen.getByLabelText(DETAILS_LABEL)).not.toHaveClass('govuk-textarea--error')
  })

  it('never flags the safeguarding numbers', async () => {
    const { user } = await openForm()
    await typeInto(user, 'Where in the division? (optional)', 'Reported to MASH on 0345 050 7666')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading1(THEME_HEADING)
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await screen.findByLabelText('Where in the division? (optional)')
    expect(warningFor('Where in the division? (optional)')).toBeNull()
  })
})

describe('on check answers', () => {
  it('shows each finding beside its row, and refuses Send until each is confirmed', async () => {
    const { user } = await openForm()
    await fillForm(user, { title: 'Jamie Smith out late', details: NAMED })
    await continueToCheck(user)

    // Checked as the page opens (off the main thread): the findings come a moment later.
    await waitFor(() =>
      expect(row('Title')).toHaveTextContent('Title may identify a child or family'),
    )
    const title = row('Title')
    expect(within(title).getByRole('checkbox')).toHaveAccessibleName(
      '“Jamie Smith” does not identify a child or family',
    )
    const details = row('What you noticed')
    expect(within(details).getAllByRole('checkbox')).toHaveLength(2)
    expect(row('How you came to know')).not.toHaveTextContent('may identify')

    // No single tick any more: Send is refused, finding by finding.
    expect(screen.queryByRole('checkbox', { name: /I have removed names/ })).toBeNull()
    await confirmAndSend(user)
    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Title: ${CONCERN_MESSAGES.personalDataFound('Jamie Smith')}`,
      `What you noticed: ${CONCERN_MESSAGES.personalDataFound('Jamie Smith')}`,
      `What you noticed: ${CONCERN_MESSAGES.personalDataFound('aged 7')}`,
    ])
    expect(document.title).toBe(`Error: ${CHECK_HEADING} – Eyes and Ears`)
    expect(createdConcerns()).toHaveLength(0)

    // Confirming one takes its error away; the others stay.
    await user.click(within(title).getByRole('checkbox'))
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(2)
    await user.click(within(summary).getByRole('link', { name: /aged 7/ }))
    expect(overrideBox('aged 7')).toHaveFocus()
    await user.click(overrideBox('aged 7'))
    await confirmAndSend(user)
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(1),
    )
    expect(createdConcerns()).toHaveLength(0)

    for (const box of within(row('What you noticed')).getAllByRole('checkbox')) {
      if (!(box as HTMLInputElement).checked) await user.click(box)
    }
    await confirmAndSend(user)
    await heading1('Concern sent')
    const [stored] = createdConcerns()
    expect(stored?.personalData).toEqual(
      expect.arrayContaining([
        { field: 'title', kind: 'name', match: 'Jamie Smith' },
        { field: 'details', kind: 'name', match: 'Jamie Smith' },
        { field: 'details', kind: 'age', match: 'aged 7' },
      ]),
    )
    expect(stored?.personalData).toHaveLength(3)
  })

  it('a finding changed away needs no confirming; Change opens its page', async () => {
    const { user } = await openForm()
    await fillForm(user, { details: NAMED })
    await continueToCheck(user)
    await user.click(changeLink('What you noticed'))
    await heading1(WHAT_HEADING)
    await typeInto(user, DETAILS_LABEL, 'A young child is often out alone near the skate park.')
    await continueToCheck(user)
    expect(row('What you noticed')).not.toHaveTextContent('may identify')
    await confirmAndSend(user)
    await heading1('Concern sent')
    expect(createdConcerns()[0]?.personalData).toEqual([])
  })

  it('shows the server’s refusal of a finding by its row, as the form’s own error', async () => {
    const { user } = await openForm()
    await fillForm(user, { details: NAMED })
    await continueToCheck(user)
    await waitFor(() =>
      expect(within(row('What you noticed')).getAllByRole('checkbox')).toHaveLength(2),
    )
    for (const box of within(row('What you noticed')).getAllByRole('checkbox')) {
      await user.click(box)
    }
    const message = CONCERN_MESSAGES.personalDataFound('aged 7')
    server.use(
      http.post('*/api/v1/concerns', () => validationFailed({ details: [message] }), {
        once: true,
      }),
    )
    await confirmAndSend(user)
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent(`What you noticed: ${message}`)
    await heading1(CHECK_HEADING)
    expect(
      overrideBox('aged 7').closest('.govuk-form-group')?.querySelector('.govuk-error-message'),
    ).toHaveTextContent(message)
  })
})
