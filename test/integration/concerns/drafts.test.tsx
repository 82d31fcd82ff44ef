import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { saveDraft } from '../../../src/features/concerns/draft-shelf'
import { draftKeyFor } from '../../../src/features/concerns/drafts'
import { emptyAnswers } from '../../../src/features/concerns/answers'
import { renderApp } from '../../helpers/render-app'
import {
  CHECK_HEADING,
  continueTo,
  DETAILS_LABEL,
  FORM_HEADING,
  HOW_HEADING,
  REPLY_HEADING,
  REPORTED_HEADING,
  THEME_HEADING,
  WHAT_HEADING,
  heading1,
  passInterruption,
  radioIn,
  savedShelf,
  START_HEADING,
  typeInto,
  waitForDraftSaved,
} from './concern-helpers'

const offer = () => screen.findByRole('region', { name: 'Unsent concern' })

/** Through the first pages to "How you know about it", answering one of its questions. */
async function startTyping(as: 'cllr-banbury' | 'cllr-oxford' = 'cllr-banbury') {
  const app = renderApp({ url: '/concerns/new', as })
  await passInterruption(app.user)
  await continueTo(app.user, THEME_HEADING)
  await app.user.click(screen.getByRole('radio', { name: 'Something else' }))
  await continueTo(app.user, WHAT_HEADING)
  await typeInto(app.user, 'Give it a short title', 'Parents worried about the bus stop')
  await typeInto(app.user, DETAILS_LABEL, 'Children wait at an unlit bus stop after dark.')
  await continueTo(app.user, HOW_HEADING)
  await app.user.click(radioIn('How did you come to know about it?', 'On a visit'))
  return app
}

describe('drafts', () => {
  it('are saved per user as they type, and survive a reload', async () => {
    const first = await startTyping()
    // Each page's answers as it is left, and the one being answered after a pause.
    await waitFor(() => expect(savedShelf('cllr-banbury')?.draft?.answers.source).toBe('visit'))
    expect(savedShelf('cllr-banbury')?.draft?.answers).toMatchObject({
      themeId: 'other',
      details: 'Children wait at an unlit bus stop after dark.',
      source: 'visit',
      divisionId: 'banbury-calthorpe',
    })
    // Nobody else's key holds it.
    expect(localStorage.getItem(draftKeyFor('cllr-oxford'))).toBeNull()

    first.unmount()
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    const banner = await offer()
    expect(banner).toHaveTextContent('You have a concern you have not sent yet')
    expect(banner).toHaveTextContent('Parents worried about the bus stop')
    await user.click(within(banner).getByRole('button', { name: 'Resume draft' }))
    // Back on the first page not yet answered, with every answer so far.
    await heading1(REPORTED_HEADING)
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await heading1(HOW_HEADING)
    expect(radioIn('How did you come to know about it?', 'On a visit')).toBeChecked()
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await heading1(WHAT_HEADING)
    expect(await screen.findByLabelText('Give it a short title')).toHaveValue(
      'Parents worried about the bus stop',
    )
    expect(screen.getByLabelText(DETAILS_LABEL)).toHaveValue(
      'Children wait at an unlit bus stop after dark.',
    )
    await user.click(screen.getByRole('link', { name: 'Back' }))
    await heading1(THEME_HEADING)
    expect(screen.getByRole('radio', { name: 'Something else' })).toBeChecked()
  })

  it('are saved when the tab is closed before the pause in typing', async () => {
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await passInterruption(user)
    await typeInto(user, 'Where in the division? (optional)', 'Closed straight away')
    window.dispatchEvent(new Event('pagehide'))
    expect(savedShelf('cllr-banbury')?.draft?.answers.location).toBe('Closed straight away')
  })

  it('can be discarded', async () => {
    const first = await startTyping()
    await waitForDraftSaved('cllr-banbury', 'Parents worried about the bus stop')
    first.unmount()
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await user.click(within(await offer()).getByRole('button', { name: 'Discard draft' }))
    expect(screen.queryByRole('region', { name: 'Unsent concern' })).toBeNull()
    expect(savedShelf('cllr-banbury')).toBeNull()
    await passInterruption(user)
    await continueTo(user, THEME_HEADING)
    expect(screen.getByRole('radio', { name: 'Something else' })).not.toBeChecked()
  })

  it('are kept, not overwritten, when a new concern is started instead', async () => {
    const first = await startTyping()
    await waitForDraftSaved('cllr-banbury', 'Parents worried about the bus stop')
    first.unmount()
    const second = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await offer()
    await passInterruption(second.user)
    await continueTo(second.user, THEME_HEADING)
    await second.user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(second.user, WHAT_HEADING)
    await typeInto(second.user, 'Give it a short title', 'A second concern')
    await waitForDraftSaved('cllr-banbury', 'A second concern')
    expect(savedShelf('cllr-banbury')?.parked.map((d) => d.answers.title)).toEqual([
      'Parents worried about the bus stop',
    ])
    second.unmount()

    // Discarding the newer one brings the earlier one back.
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    expect(await offer()).toHaveTextContent('A second concern')
    await user.click(screen.getByRole('button', { name: 'Discard draft' }))
    expect(await offer()).toHaveTextContent('Parents worried about the bus stop')
  })

  it('are only ever offered to the user who wrote them', async () => {
    saveDraft('cllr-banbury', {
      answers: emptyAnswers({ title: 'Banbury’s draft' }),
      savedAt: new Date().toISOString(),
    })
    renderApp({ url: '/concerns/new', as: 'cllr-oxford' })
    await heading1(START_HEADING)
    expect(screen.queryByRole('region', { name: 'Unsent concern' })).toBeNull()
  })

  it('go with sign-out, after a warning', async () => {
    const { user } = await startTyping()
    await waitForDraftSaved('cllr-banbury', 'Parents worried about the bus stop')
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const warning = screen.getByRole('region', { name: /You have an unsent draft on this device/ })
    expect(warning).toHaveTextContent('deleted from this device and never sent')
    await user.click(within(warning).getByRole('button', { name: 'Sign out and delete it' }))
    await heading1('Sign in')
    await waitFor(() => expect(savedShelf('cllr-banbury')).toBeNull())
  })

  it('keep answers that survive a bad saved value', async () => {
    localStorage.setItem(
      draftKeyFor('cllr-banbury'),
      '{"draft": {"answers": {"title": 42}}, "parked": "x"}',
    )
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    const banner = await offer()
    expect(banner).toHaveTextContent('Untitled')
    await user.click(within(banner).getByRole('button', { name: 'Resume draft' }))
    // Nothing usable was saved: from the first page not answered.
    await heading1(FORM_HEADING)
    await user.selectOptions(screen.getByLabelText('Which division is it in?'), '')
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Select the division this is about')
  })

  it('after resuming, carry on to check answers as before', async () => {
    const first = await startTyping()
    await continueTo(first.user, REPORTED_HEADING)
    await first.user.click(radioIn('Has it already been reported to the MASH or the police?', 'No'))
    await continueTo(first.user, REPLY_HEADING)
    await first.user.click(radioIn('Do you want a reply from the chair?', 'No'))
    await waitFor(() => expect(savedShelf('cllr-banbury')?.draft?.answers.wantsReply).toBe('no'))
    first.unmount()
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await user.click(within(await offer()).getByRole('button', { name: 'Resume draft' }))
    // Every page answered: straight to check answers.
    await heading1(CHECK_HEADING)
  })
})
