import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { http, HttpResponse } from 'msw'
import { applyChange, redactedEvent } from '../../../src/lib/backend/concern-records'
import { actorOf, personaById } from '../../../src/lib/backend/seed/personas'
import { mockDb, server } from '../../helpers/mock-server'
import { putInStatus, recordRequests, stored } from '../review/review-helpers'
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
    // What it is about, in the words the councillor chose it by on the form.
    expect(oldest).toHaveTextContent('Children or young people being sexually exploited or groomed')
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

const chairAsks = (id: string, reply: string) =>
  applyChange(stored(id), { at: new Date(), actor: actorOf(personaById('chair')), reply }, () =>
    crypto.randomUUID(),
  )

const QUESTION =
  'Thank you for raising this concern. Could you tell me more about the days it happens? Please do not include names.'

const messageBox = () => screen.getByRole('textbox', { name: 'The information you want to add' })

describe('adding information to one of my concerns', () => {
  it('answers a reply that asks for more, once, and shows it as “You added information”', async () => {
    chairAsks('sample-04', QUESTION)
    const seen = recordRequests()
    const { user, container } = renderApp({ url: '/concerns/sample-04', as: 'cllr-banbury' })
    await heading1(/Evening youth session cut back/)
    const form = screen.getByRole('region', { name: 'Add information' })
    expect(form).toHaveTextContent('The chair has asked you for more information.')
    // Prominent: straight after the replies, before the timeline.
    const timeline = screen.getByRole('region', { name: 'What has happened' })
    expect(form.compareDocumentPosition(timeline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    await user.type(messageBox(), 'Tuesdays and Thursdays, after 9pm.')
    await user.click(within(form).getByRole('button', { name: 'Send to the chair' }))
    expect(await within(form).findByText('Your information was sent to the chair.')).toBeVisible()
    expect(messageBox()).toHaveValue('')

    const messages = stored('sample-04').events.filter((event) => event.type === 'message')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ text: 'Tuesdays and Thursdays, after 9pm.' })
    const posts = seen.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/messages'))
    expect(posts).toHaveLength(1)
    expect(posts[0]?.headers.get('Idempotency-Key')).toMatch(/.{8,}/)

    const entries = within(screen.getByRole('region', { name: 'What has happened' })).getAllByRole(
      'listitem',
    )
    const last = entries.at(-1) as HTMLElement
    expect(last.querySelector('.app-timeline__title')).toHaveTextContent('You added information')
    expect(last).toHaveTextContent('Tuesdays and Thursdays, after 9pm.')
    // Answered: the form stays where it is, but no longer says the chair is waiting.
    expect(screen.getByRole('region', { name: 'Add information' })).not.toHaveTextContent(
      'The chair has asked you for more information.',
    )
    expect(sessionStorage.length).toBe(0)
    expect(await axe(container)).toHaveNoViolations()
  })

  it('keeps the text when it cannot be sent, brings it back after a reload, and sends it again under the same key', async () => {
    const seen = recordRequests()
    server.use(
      http.post('*/api/v1/concerns/:id/messages', () => HttpResponse.error(), { once: true }),
    )
    const first = renderApp({ url: '/concerns/sample-01', as: 'cllr-banbury' })
    await heading1(/Teenagers offered lifts/)
    await first.user.type(messageBox(), 'It has happened again this week.')
    await first.user.click(screen.getByRole('button', { name: 'Send to the chair' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Your information could not be sent')
    expect(messageBox()).toHaveValue('It has happened again this week.')
    first.unmount()

    // A reload: the text is still there.
    const second = renderApp({ url: '/concerns/sample-01', as: 'cllr-banbury' })
    await heading1(/Teenagers offered lifts/)
    expect(messageBox()).toHaveValue('It has happened again this week.')
    await second.user.click(screen.getByRole('button', { name: 'Send to the chair' }))
    await screen.findByText('Your information was sent to the chair.')

    const keys = seen
      .filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/messages'))
      .map((r) => r.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
    expect(stored('sample-01').events.filter((event) => event.type === 'message')).toHaveLength(1)
  })

  it('says what is wrong with an empty message, and says so when the chair closed the concern meanwhile', async () => {
    const { user } = renderApp({ url: '/concerns/sample-04', as: 'cllr-banbury' })
    await heading1(/Evening youth session cut back/)
    await user.click(screen.getByRole('button', { name: 'Send to the chair' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Enter the information you want to add')
    expect(messageBox()).toHaveAccessibleDescription(
      expect.stringContaining('Enter the information you want to add'),
    )

    putInStatus('sample-04', 'closed')
    await user.type(messageBox(), 'One more thing.')
    await user.click(screen.getByRole('button', { name: 'Send to the chair' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The chair has closed this concern'),
    )
    expect(messageBox()).toHaveValue('One more thing.')
  })

  it('is not offered on a closed concern', async () => {
    putInStatus('sample-04', 'closed')
    renderApp({ url: '/concerns/sample-04', as: 'cllr-banbury' })
    await heading1(/Evening youth session cut back/)
    await screen.findByRole('region', { name: 'What has happened' })
    expect(screen.queryByRole('region', { name: 'Add information' })).toBeNull()
  })

  it('forgets what was being written when the councillor signs out', async () => {
    const { user } = renderApp({ url: '/concerns/sample-04', as: 'cllr-banbury' })
    await heading1(/Evening youth session cut back/)
    await user.type(messageBox(), 'Half a thought')
    expect(sessionStorage.length).toBe(1)
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await heading1('Sign in')
    expect(sessionStorage.length).toBe(0)
  })

  it('shows that the chair removed details, never what, and “[removed]” where they were', async () => {
    const concern = stored('sample-01')
    concern.details = concern.details.replace(/^\S+/, '[removed]')
    concern.events.push(
      redactedEvent(
        'redacted-1',
        new Date().toISOString(),
        actorOf(personaById('chair')),
        'details',
      ),
    )
    renderApp({ url: '/concerns/sample-01', as: 'cllr-banbury' })
    await heading1(/Teenagers offered lifts/)
    const timeline = screen.getByRole('region', { name: 'What has happened' })
    expect(timeline).toHaveTextContent(
      'The chair removed details that could identify someone from What you noticed',
    )
    expect(screen.getByRole('region', { name: 'What you sent' })).toHaveTextContent('[removed]')
  })
})

describe('unread replies', () => {
  it('are counted in the navigation and on the overview, and both clear once read', async () => {
    const { user } = renderApp({ url: '/', as: 'cllr-banbury' })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    const myConcerns = await within(nav).findByRole('link', {
      name: 'My concerns, 1 unread reply',
    })
    expect(myConcerns).toHaveTextContent(/^My concerns1$/)
    const notice = await screen.findByRole('region', { name: 'Replies from the chair' })
    expect(notice).toHaveTextContent('You have 1 unread reply from the chair.')

    await user.click(within(notice).getByRole('link', { name: 'Read it in My concerns' }))
    await heading1('My concerns')
    await user.click(await screen.findByRole('link', { name: 'Evening youth session cut back' }))
    await heading1(/Evening youth session cut back/)
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'My concerns' })).toHaveTextContent(
        /^My concerns$/,
      ),
    )
    await user.click(within(nav).getByRole('link', { name: 'Overview' }))
    await heading1('The Board’s year at a glance')
    expect(screen.queryByRole('region', { name: 'Replies from the chair' })).toBeNull()
  })

  it('are not counted for the chair', async () => {
    renderApp({ url: '/overview', as: 'chair' })
    await heading1('The Board’s year at a glance')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(nav).queryByRole('link', { name: /My concerns/ })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Replies from the chair' })).toBeNull()
  })
})
