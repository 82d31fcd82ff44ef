import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { mockDb } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { addConcerns, heading1 } from './concern-helpers'

const listItems = () =>
  within(document.querySelector('.app-concerns-list') as HTMLElement).getAllByRole('listitem')
const titles = () => listItems().map((item) => within(item).getByRole('heading').textContent)

describe('My concerns', () => {
  it('lists only the councillor’s own concerns, newest first, with status tags in words', async () => {
    const { container } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('My concerns')
    await screen.findByText('Parents asking how lessons from reviews are shared')
    expect(titles()).toEqual([
      'Parents asking how lessons from reviews are shared',
      'Evening youth session cut back',
      'Teenagers offered lifts by adults late at night',
    ])
    const [newest, middle, oldest] = listItems()
    expect(within(newest as HTMLElement).getByText('Submitted')).toHaveClass('govuk-tag')
    expect(middle).toHaveTextContent('Status: In review')
    expect(oldest).toHaveTextContent('Status: Referred')
    expect(newest).toHaveTextContent('Sample data')
    expect(oldest).toHaveTextContent('Banbury Calthorpe')
    expect(oldest).toHaveTextContent('Adolescent vulnerability')
    // Unread replies are marked in words.
    expect(within(middle as HTMLElement).getByText('New reply')).toBeVisible()
    expect(within(oldest as HTMLElement).queryByText(/New repl/)).toBeNull()
    expect(document.title).toBe('My concerns – Eyes and Ears')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('filters by status, in the address', async () => {
    const { user, router } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByText('Evening youth session cut back')
    const filter = screen.getByRole('navigation', { name: 'Filter by status' })
    expect(within(filter).getByRole('link', { name: 'All (3)' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await user.click(within(filter).getByRole('link', { name: 'In review (1)' }))
    await waitFor(() => expect(router.state.location.search).toBe('?status=in-review'))
    await waitFor(() => expect(titles()).toEqual(['Evening youth session cut back']))
    expect(within(filter).getByRole('link', { name: 'In review (1)' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(document.title).toBe('My concerns: In review – Eyes and Ears')

    await user.click(within(filter).getByRole('link', { name: 'Closed (0)' }))
    expect(await screen.findByText(/You have no concerns that are closed/)).toBeVisible()
  })

  it('opens a filtered address directly, and ignores a status it does not know', async () => {
    renderApp({ url: '/concerns?status=referred', as: 'cllr-banbury' })
    await waitFor(() =>
      expect(titles()).toEqual(['Teenagers offered lifts by adults late at night']),
    )
  })

  it('ignores nonsense in the address rather than failing', async () => {
    renderApp({ url: '/concerns?status=bogus&page=-3', as: 'cllr-banbury' })
    await waitFor(() => expect(titles()).toHaveLength(3))
  })

  it('pages when there are more than a page', async () => {
    addConcerns('cllr-banbury', 22)
    const { user, router } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByText('Test concern number 22')
    expect(listItems()).toHaveLength(20)
    expect(titles()[0]).toBe('Test concern number 22')
    const pages = screen.getByRole('navigation', { name: 'Pages of your concerns' })
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await user.click(within(pages).getByRole('link', { name: /Next/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'))
    await waitFor(() => expect(listItems()).toHaveLength(5))
    expect(screen.getByText(/25 concerns, page 2 of 2/)).toBeVisible()
    expect(document.title).toBe('My concerns (page 2) – Eyes and Ears')
  })

  it('says so when there are none yet, with a way to raise one', async () => {
    mockDb().data.concerns = []
    renderApp({ url: '/concerns', as: 'cllr-oxford' })
    expect(await screen.findByText(/You have not raised any concerns yet/)).toBeVisible()
    expect(screen.getAllByRole('link', { name: 'Raise a concern' }).length).toBeGreaterThan(0)
  })

  it('is for councillors', async () => {
    renderApp({ url: '/concerns', as: 'chair' })
    await heading1('You do not have access to this page')
    expect(screen.getByText('This page is only for councillors.')).toBeVisible()
  })
})

describe('one of my concerns', () => {
  it('shows what was sent, the timeline and every reply, marks new ones and stores the read receipt', async () => {
    const { container, user } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await user.click(await screen.findByRole('link', { name: 'Evening youth session cut back' }))
    await heading1(/Evening youth session cut back/)
    const main = screen.getByRole('main')
    expect(main).toHaveTextContent(/EE-\d{4}-\d{4}/)
    expect(main).toHaveTextContent('Status: In review')
    expect(main).toHaveTextContent('This is sample data for the demo, not a real concern.')

    const replies = screen.getByRole('region', { name: 'Replies from the chair' })
    const reply = within(replies).getAllByRole('listitem')
    expect(reply).toHaveLength(1)
    expect(reply[0]).toHaveTextContent('New reply')
    expect(reply[0]).toHaveTextContent('Thank you. We have logged this and will come back to you.')

    const timeline = screen.getByRole('region', { name: 'What has happened' })
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.app-timeline__title')?.textContent),
    ).toEqual([
      'You raised the concern',
      'Status changed to Acknowledged',
      'The chair replied',
      'Status changed to In review',
    ])
    // The chair's internal note is never shown to the councillor.
    expect(main).not.toHaveTextContent('Ask the youth service')

    const sent = screen.getByRole('region', { name: 'What you sent' })
    expect(sent).toHaveTextContent('Banbury Ruscote')
    expect(sent).toHaveTextContent('Something else')
    expect(await within(sent).findByText(/^Objective 3:/)).toBeVisible()
    expect(sent).toHaveTextContent('A park in the division')
    expect(sent).toHaveTextContent('From a partner organisation')

    // Opening it told the server the reply has been read.
    await waitFor(() => expect(mockDb().data.repliesRead['sample-04']).toBe(1))
    // …but the reply stays marked while the page is open.
    expect(within(replies).getByText('New reply')).toBeVisible()
    expect(await axe(container)).toHaveNoViolations()

    // Back on the list, it is no longer new.
    await user.click(screen.getByRole('link', { name: 'Back to My concerns' }))
    await screen.findByText('Evening youth session cut back')
    await waitFor(() => expect(screen.queryByText('New reply')).toBeNull())
  })

  it('sends no read receipt when there is nothing new', async () => {
    const before = { ...mockDb().data.repliesRead }
    renderApp({ url: '/concerns/sample-01', as: 'cllr-banbury' })
    await heading1(/Teenagers offered lifts/)
    expect(screen.getByRole('main')).toHaveTextContent('Referred to: Kingfisher Team')
    expect(screen.queryByText('New reply')).toBeNull()
    expect(mockDb().data.repliesRead).toEqual(before)
  })

  it('is "not found" for someone else’s concern, or none', async () => {
    const first = renderApp({ url: '/concerns/sample-02', as: 'cllr-banbury' })
    await heading1('Page not found')
    first.unmount()
    renderApp({ url: '/concerns/no-such-id', as: 'cllr-banbury' })
    await heading1('Page not found')
  })
})
