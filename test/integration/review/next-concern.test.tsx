import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { applyChange } from '../../../src/lib/backend/concern-records'
import { actorOf, personaById } from '../../../src/lib/backend/seed/personas'
import type { ConcernEvent } from '../../../src/lib/api'
import { changedBy } from '../../../src/features/review/triage/status-actions'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb } from '../../helpers/mock-server'
import { renderApp, type AppRouter } from '../../helpers/render-app'
import { changeBehindTheChairsBack, openAction, queueCount, stored } from './review-helpers'

const concernLinks = () =>
  within(screen.getByRole('list', { name: 'Concerns' }))
    .getAllByRole('link')
    .map((link) => link.getAttribute('href') ?? '')

const idOf = (href: string) => decodeURIComponent(href.split('?')[0]!.slice('/review/'.length))
const where = (router: AppRouter) => router.state.location.pathname + router.state.location.search

const heading1 = (id: string) => screen.findByRole('heading', { level: 1, name: stored(id).title })

describe('"Next concern in this view"', () => {
  it('steps through the list the chair came from, its filter kept in the address', async () => {
    const { user, router } = renderApp({ url: '/review?status=all&sort=oldest', as: 'chair' })
    await queueCount()
    const hrefs = concernLinks()
    expect(hrefs[0]).toMatch(/^\/review\/[^?]+\?status=all&sort=oldest$/)

    await user.click(screen.getAllByRole('link', { name: /^EE-/ })[0]!)
    await heading1(idOf(hrefs[0]!))
    expect(where(router)).toBe(hrefs[0])
    for (const href of hrefs.slice(1, 4)) {
      await user.click(await screen.findByRole('link', { name: 'Next concern in this view' }))
      await heading1(idOf(href))
      expect(where(router)).toBe(href)
    }
    // Back to the list keeps its view.
    await user.click(screen.getByRole('link', { name: 'Back to the concerns' }))
    await waitFor(() => expect(where(router)).toBe('/review?status=all&sort=oldest'))
  })

  it('after an action, confirms it beside the action, focused and polite, and offers the next', async () => {
    // Submitted only: acknowledging the first takes it out of the view; the next is still the second.
    const { user, router } = renderApp({ url: '/review?status=submitted&sort=oldest', as: 'chair' })
    await queueCount()
    const [first, second] = concernLinks()
    await user.click(screen.getAllByRole('link', { name: /^EE-/ })[0]!)
    await heading1(idOf(first!))

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    const status = within(screen.getByRole('region', { name: 'Change the status' }))
    const confirmation = await status.findByRole('status')
    expect(confirmation).toHaveTextContent('The concern is now acknowledged.')
    expect(confirmation).toHaveFocus()
    // No banner at the top of the page.
    expect(screen.queryByRole('alert')).toBeNull()
    expect(stored(idOf(first!)).status).toBe('acknowledged')

    const next = await within(confirmation).findByRole('link', {
      name: 'Next concern in this view',
    })
    expect(next).toHaveAttribute('href', second)
    expect(await axe(document.body)).toHaveNoViolations()
    await user.click(next)
    await heading1(idOf(second!))
    // A fresh page: nothing said about the concern before.
    expect(screen.queryByText('The concern is now acknowledged.')).toBeNull()
    expect(where(router)).toBe(second)
  })

  it('goes on to the next page at the end of one, and says when the view ends', async () => {
    seedManyConcerns(mockDb(), 20, { seed: 5 })
    const { user, router } = renderApp({ url: '/review?status=all&sort=oldest', as: 'chair' })
    await queueCount()
    const last = concernLinks().at(-1)!
    await user.click(
      within(screen.getByRole('list', { name: 'Concerns' }))
        .getAllByRole('link')
        .at(-1)!,
    )
    await heading1(idOf(last))
    await user.click(await screen.findByRole('link', { name: 'Next concern in this view' }))
    await waitFor(() => expect(router.state.location.search).toBe('?status=all&sort=oldest&page=2'))
    const onPage2 = idOf(router.state.location.pathname)
    await heading1(onPage2)

    // The last of page 2 (28 concerns in all) is the end of the view.
    await router.navigate('/review?status=all&sort=oldest&page=2')
    await queueCount()
    const end = concernLinks().at(-1)!
    await router.navigate(end)
    await heading1(idOf(end))
    expect(await screen.findByText('This is the last concern in this view.')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Next concern in this view' })).toBeNull()
  })
})

describe('the conflict notice names who changed the concern, and when', () => {
  it('says "You (in another tab or device)" when it was the chair', async () => {
    const { user } = renderApp({ url: '/review/sample-08', as: 'chair' })
    await heading1('sample-08')
    changeBehindTheChairsBack('sample-08', { reply: 'Thank you, received.' })
    await openAction(user, 'Add an internal note')
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Check with the district.')
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    const notice = await screen.findByRole('region', {
      name: 'This concern changed since you opened it',
    })
    expect(notice).toHaveTextContent(
      /You \(in another tab or device\) replied at \d{1,2}:\d{2}(am|pm)\./,
    )
    expect(notice).not.toHaveTextContent('Someone else')
  })

  it('names another person, newest first', async () => {
    const { user } = renderApp({ url: '/review/sample-08', as: 'chair' })
    await heading1('sample-08')
    const concern = stored('sample-08')
    applyChange(
      concern,
      { note: 'Seen.', at: new Date(), actor: actorOf(personaById('cllr-banbury')) },
      () => 'elsewhere-other',
    )
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    const notice = await screen.findByRole('region', {
      name: 'This concern changed since you opened it',
    })
    expect(notice).toHaveTextContent(/Demo Councillor A added a note at \d{1,2}:\d{2}(am|pm)\./)
  })
})

describe('changedBy', () => {
  const event = (
    id: string,
    actorId: string,
    name: string,
    type: ConcernEvent['type'],
    at: string,
  ) => ({ id, type, at, actor: { id: actorId, name, role: 'chair' } }) as ConcernEvent
  const now = new Date('2026-03-03T16:00:00Z')

  it('lists the new events newest first, the chair as "You (in another tab or device)"', () => {
    expect(
      changedBy(
        [
          event('a', 'chair', 'Demo Chair', 'status-changed', '2026-03-03T14:01:00Z'),
          event('b', 'other', 'Another Chair', 'reply', '2026-03-03T14:05:00Z'),
        ],
        'chair',
        now,
      ),
    ).toBe(
      'Another Chair replied at 2:05pm and You (in another tab or device) changed its status at 2:01pm',
    )
  })

  it('gives the date when it was not today, and nothing when the log has nothing new', () => {
    expect(
      changedBy([event('a', 'x', 'Demo Chair', 'reply', '2026-03-01T09:30:00Z')], 'y', now),
    ).toBe('Demo Chair replied on 1 March 2026 at 9:30am')
    expect(changedBy([], 'chair', now)).toBeNull()
  })
})
