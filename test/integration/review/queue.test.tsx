import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { http, HttpResponse } from 'msw'
import { apiRequest, concernStatsSchema, isApiError } from '../../../src/lib/api'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { cardFor, cardTitles, queueCount, recordRequests } from './review-helpers'

const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search)

describe('the review queue', () => {
  it('lists every concern with reference, title, division, theme, status, age and reply state', async () => {
    renderApp({ url: '/review', as: 'chair' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Concerns to review' }),
    ).toBeVisible()
    expect(await queueCount()).toHaveTextContent('Showing 1 to 8 of 8 concerns')

    const card = await cardFor('Parents asking how lessons from reviews are shared')
    const reference = mockDb().findConcern('sample-07')?.reference ?? ''
    expect(within(card).getByRole('link')).toHaveAccessibleName(
      `${reference} Parents asking how lessons from reviews are shared`,
    )
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/review/sample-07')
    expect(card).toHaveTextContent('DivisionBanbury Calthorpe')
    expect(card).toHaveTextContent('Risk themeTwo Serious Case Reviews to be published in 2015')
    // The same tag as the councillor's: a screen reader hears "Status:" before the word.
    expect(within(card).getByText('Submitted', { exact: false })).toHaveTextContent(
      'Status: Submitted',
    )
    expect(card).toHaveTextContent(/Raised\d{1,2} \w{3} \d{4} \(12 days ago\)/)
    expect(card).toHaveTextContent('Awaiting your reply')
    expect(card).toHaveTextContent('Sample data')

    // A concern whose councillor asked for no reply, and one already answered.
    expect(await cardFor('Foster carers say local placements are hard to find')).toHaveTextContent(
      'No reply asked for',
    )
    expect(await cardFor('Teenagers offered lifts by adults late at night')).toHaveTextContent(
      'ReplyReplied',
    )
    // Newest first by default.
    expect(cardTitles()[0]).toMatch(/Foster carers/)
  })

  it('shows a tab per status with the API’s counts, and a tab is a link the back button undoes', async () => {
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const tabs = screen.getByRole('navigation', { name: 'Concerns by status' })
    await waitFor(() =>
      expect(within(tabs).getByRole('link', { name: /^All/ })).toHaveTextContent('All 8 concerns'),
    )
    expect(within(tabs).getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page')
    expect(within(tabs).getByRole('link', { name: 'Open 5 concerns' })).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: 'Submitted 2 concerns' })).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: 'In review 2 concerns' })).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: 'Closed 1 concern' })).toBeInTheDocument()

    await user.click(within(tabs).getByRole('link', { name: /^Submitted/ }))
    await waitFor(() => expect(search(router).getAll('status')).toEqual(['submitted']))
    expect(await screen.findByText('Showing 1 to 2 of 2 concerns')).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: /^Submitted/ })).toHaveAttribute(
      'aria-current',
      'page',
    )

    await user.click(within(tabs).getByRole('link', { name: /^Open/ }))
    await waitFor(() =>
      expect(search(router).getAll('status')).toEqual(['submitted', 'acknowledged', 'in-review']),
    )
    expect(await screen.findByText('Showing 1 to 5 of 5 concerns')).toBeInTheDocument()

    await router.navigate(-1)
    expect(await screen.findByText('Showing 1 to 2 of 2 concerns')).toBeInTheDocument()
    await router.navigate(-1)
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
  })

  it('applies theme, division, dates, text and sort together, all kept in the URL', async () => {
    const requests = recordRequests()
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const form = screen.getByRole('search', { name: 'Filter concerns' })
    await user.selectOptions(
      await within(form).findByRole('combobox', { name: 'Risk theme' }),
      'Adolescent vulnerability',
    )
    await waitFor(() =>
      expect(within(form).getAllByRole('option', { name: 'Banbury Calthorpe' })).toHaveLength(1),
    )
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Division' }),
      'Banbury Calthorpe',
    )
    await user.type(within(form).getByRole('searchbox', { name: 'Search' }), '  lifts ')
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Sort by' }),
      'Oldest first',
    )
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }))

    await waitFor(() =>
      expect(Object.fromEntries(search(router))).toEqual({
        theme: 'adolescent-vulnerability',
        division: 'banbury-calthorpe',
        q: 'lifts',
        sort: 'oldest',
      }),
    )
    expect(await screen.findByText('Showing 1 to 1 of 1 concern')).toBeInTheDocument()
    expect(cardTitles()).toEqual([expect.stringMatching(/Teenagers offered lifts/)])
    // The server did the filtering: the filters went to GET /concerns.
    const last = requests.filter((r) => r.url.pathname.endsWith('/concerns')).at(-1)
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toMatchObject({
      theme: 'adolescent-vulnerability',
      division: 'banbury-calthorpe',
      q: 'lifts',
      sort: 'oldest',
      page: '1',
      pageSize: '20',
    })

    // Dates: only concerns raised in the last 40 days (three samples: 36, 12 and 3 days ago).
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Raised on or after'), day(40))
    await user.type(screen.getByLabelText('Raised on or before'), day(0))
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(await screen.findByText('Showing 1 to 3 of 3 concerns')).toBeInTheDocument()
    expect(search(router).get('from')).toBe(day(40))
    expect(search(router).get('to')).toBe(day(0))
  })

  it('restores the whole view, form included, from a link', async () => {
    renderApp({
      url: '/review?status=in-review&theme=adolescent-vulnerability&q=late&sort=waiting',
      as: 'chair',
    })
    expect(await screen.findByText('Showing 1 to 1 of 1 concern')).toBeInTheDocument()
    expect(cardTitles()).toEqual([expect.stringMatching(/Young children out alone/)])
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('late')
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Risk theme' })).toHaveValue(
        'adolescent-vulnerability',
      ),
    )
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('waiting')
    expect(screen.getByRole('link', { name: /^In review/ })).toHaveAttribute('aria-current', 'page')
    // The "longest waiting" view says how long since anything happened.
    expect(screen.getByText('Last change')).toBeInTheDocument()
  })

  it('sorts by longest waiting: open concerns first, the one left longest at the top', async () => {
    renderApp({ url: '/review?sort=waiting', as: 'chair' })
    await queueCount()
    const titles = cardTitles()
    const open = ['sample-04', 'sample-05', 'sample-06', 'sample-07', 'sample-08']
      .map((id) => mockDb().findConcern(id)!)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
      .map((c) => c.title)
    expect(titles.slice(0, 5).map((t) => t.replace(/^EE-\d{4}-\d{4} /, ''))).toEqual(open)
  })

  it('pages on the server, twenty at a time, with the page in the URL', async () => {
    seedManyConcerns(mockDb(), 42, { seed: 3 })
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    expect(await screen.findByText('Showing 1 to 20 of 50 concerns')).toBeInTheDocument()
    expect(cardTitles()).toHaveLength(20)
    const pages = screen.getByRole('navigation', { name: 'Pages of concerns' })
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await user.click(within(pages).getByRole('link', { name: 'Next page' }))
    await waitFor(() => expect(search(router).get('page')).toBe('2'))
    expect(await screen.findByText('Showing 21 to 40 of 50 concerns')).toBeInTheDocument()
    await user.click(within(pages).getByRole('link', { name: 'Page 3' }))
    expect(await screen.findByText('Showing 41 to 50 of 50 concerns')).toBeInTheDocument()
    expect(cardTitles()).toHaveLength(10)
    expect(within(pages).queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument()
    // Choosing a filter starts again at page 1.
    await user.click(screen.getByRole('link', { name: /^Submitted/ }))
    await waitFor(() => expect(search(router).get('page')).toBeNull())
  })

  it('refuses a date range that ends before it starts, GOV.UK style', async () => {
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    await user.type(screen.getByLabelText('Raised on or after'), '2025-03-10')
    await user.type(screen.getByLabelText('Raised on or before'), '2025-03-01')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(within(summary).getByRole('link')).toHaveTextContent(
      '‘Raised on or before’ must be the same as or after ‘Raised on or after’',
    )
    await waitFor(() => expect(document.title).toBe('Error: Concerns to review – Eyes and Ears'))
    expect(screen.getByLabelText('Raised on or before')).toHaveValue('2025-03-01')
    expect(router.state.location.search).toBe('')
  })

  it('says so when nothing matches, with a way back to every concern', async () => {
    const { user } = renderApp({ url: '/review?q=zebra', as: 'chair' })
    expect(await screen.findByText('No concerns match these filters.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Download as CSV/ })).toBeDisabled()
    await user.click(screen.getByRole('link', { name: 'Show every concern' }))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
  })

  it('explains an address with a filter the server does not know, and offers every concern', async () => {
    const { user } = renderApp({ url: '/review?theme=no-such-theme', as: 'chair' })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This address asks for a filter the server does not recognise (theme).',
    )
    await user.click(screen.getByRole('link', { name: 'Show every concern' }))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
  })

  it('offers to try again when the list cannot be loaded', async () => {
    server.use(http.get('*/api/v1/concerns', () => HttpResponse.error(), { once: true }))
    const { user } = renderApp({ url: '/review', as: 'chair' })
    expect(
      await screen.findByRole('heading', { name: 'Sorry, the concerns could not be loaded' }),
    ).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
  })

  it('has no axe violations, as a list and when empty', async () => {
    const { container, unmount } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    await screen.findAllByRole('option', { name: 'Banbury Calthorpe' })
    expect(await axe(container)).toHaveNoViolations()
    unmount()
    const empty = renderApp({ url: '/review?q=zebra', as: 'chair' })
    await screen.findByText('No concerns match these filters.')
    expect(await axe(empty.container)).toHaveNoViolations()
  })
})

describe('the queue is the chair’s alone', () => {
  it('shows a councillor the 403 page at /review, and the API refuses them too', async () => {
    renderApp({ url: '/review', as: 'cllr-banbury' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Review concerns' })).not.toBeInTheDocument()

    const refused = await apiRequest(concernStatsSchema, '/concerns/summary').catch(
      (error: unknown) => error,
    )
    expect(isApiError(refused) && refused.status).toBe(403)
  })

  it('offers the chair the review pages in the navigation', async () => {
    renderApp({ url: '/', as: 'chair' })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Review concerns' })).toHaveAttribute(
      'href',
      '/review',
    )
    expect(within(nav).getByRole('link', { name: 'Insights' })).toHaveAttribute(
      'href',
      '/review/insights',
    )
  })
})
