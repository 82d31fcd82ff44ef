import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SAFEGUARDING_CONTACTS } from '../../../src/lib/config/safeguarding-contacts'
import { renderApp } from '../../helpers/render-app'
import { FORM_HEADING, heading1, passInterruption, START_HEADING } from './concern-helpers'

const { emergency, mash, emergencyDutyTeam } = SAFEGUARDING_CONTACTS

describe('raising a concern starts with safeguarding', () => {
  it('says where a child in danger, or a particular child, must go, with numbers to call', async () => {
    renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await heading1(START_HEADING)
    expect(document.title).toBe(`${START_HEADING} – Eyes and Ears`)
    const main = screen.getByRole('main')
    const callLinks = within(main)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')])
    expect(callLinks).toEqual(
      expect.arrayContaining([
        [emergency.display, `tel:${emergency.dial}`],
        [mash.display, `tel:${mash.dial}`],
        [emergencyDutyTeam.display, `tel:${emergencyDutyTeam.dial}`],
      ]),
    )
    expect(within(main).getByText(/If a child is in immediate danger, call/)).toBeVisible()
    expect(main).toHaveTextContent(mash.hours ?? '')
  })

  it('never leads from "a child is in danger now" into the form', async () => {
    const { user, router } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await heading1(START_HEADING)
    await user.click(screen.getByRole('radio', { name: 'A child is in danger now' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading1('Call 999 now')
    expect(router.state.location.pathname).toBe('/concerns/new/call-999')
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999')
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
    const formLinks = screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/concerns/new/'))
    expect(formLinks).toEqual([])

    // The form cannot be reached by address either, without going through the question.
    await router.navigate('/concerns/new/details')
    await heading1(START_HEADING)
    expect(router.state.location.pathname).toBe('/concerns/new')
  })

  it('sends a worry about a particular child to the MASH, not the form', async () => {
    const { user, router } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await heading1(START_HEADING)
    await user.click(
      screen.getByRole('radio', { name: 'A worry about a particular child or family' }),
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading1('Call the MASH about a particular child')
    expect(router.state.location.pathname).toBe('/concerns/new/particular-child')
    expect(screen.getByRole('link', { name: `Call the MASH on ${mash.display}` })).toHaveAttribute(
      'href',
      `tel:${mash.dial}`,
    )
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await heading1(START_HEADING)
  })

  it('asks for a choice, then for the confirmation, before going on', async () => {
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await heading1(START_HEADING)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Select what you want to tell the Board about')
    expect(document.title).toBe(`Error: ${START_HEADING} – Eyes and Ears`)
    expect(summary.parentElement).toHaveFocus()

    await user.click(screen.getByRole('radio', { name: /a pattern, a place or a wider worry/i }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Confirm that you understand this app is not for reporting a child at risk',
    )
    // The message also sits by the checkbox, and the summary links to it.
    await user.click(
      within(screen.getByRole('alert')).getByRole('link', { name: /Confirm that you understand/ }),
    )
    expect(screen.getByRole('checkbox', { name: /I understand this app is not for/ })).toHaveFocus()
    await user.click(screen.getByRole('checkbox', { name: /I understand this app is not for/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading1(FORM_HEADING)
  })

  it('is for councillors: the chair gets a page saying so, never a blank screen', async () => {
    renderApp({ url: '/concerns/new', as: 'chair' })
    await heading1('You do not have access to this page')
    expect(screen.getByText('This page is only for councillors.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to the concerns to review' })).toHaveAttribute(
      'href',
      '/review',
    )
  })

  it('offers the councillor’s own division, and every choice afresh from a board page (?theme=)', async () => {
    const { user } = renderApp({
      url: '/concerns/new?theme=serious-case-reviews',
      as: 'cllr-banbury',
    })
    await passInterruption(user)
    // The councillor's own division is chosen, and any of the 61 may be.
    const division = screen.getByLabelText('Which division is it in?')
    expect(division).toHaveValue('banbury-calthorpe')
    expect(within(division).getAllByRole('option')).toHaveLength(62)
    // A report theme is several things a councillor notices (or, for the Serious Case Reviews,
    // none): nothing is chosen for them.
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading1('What is it about?')
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked()
  })

  it('adds "Raise a concern" and "My concerns" to a councillor’s navigation only', async () => {
    const first = renderApp({ url: '/concerns', as: 'cllr-oxford' })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Raise a concern' })).toHaveAttribute(
      'href',
      '/concerns/new',
    )
    expect(within(nav).getByRole('link', { name: 'My concerns' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    first.unmount()
    renderApp({ url: '/', as: 'chair' })
    const chairNav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(chairNav).queryByRole('link', { name: 'Raise a concern' })).toBeNull()
    expect(within(chairNav).queryByRole('link', { name: 'My concerns' })).toBeNull()
  })
})
