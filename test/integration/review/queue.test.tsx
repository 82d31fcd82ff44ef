import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { axe } from 'vitest-axe'
import { http, HttpResponse } from 'msw'
import { apiRequest, concernStatsSchema, isApiError } from '../../../src/lib/api'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { cardFor, cardTitles, queueCount, recordRequests } from './review-helpers'

const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search)

const OPEN = ['submitted', 'acknowledged', 'in-review']
const openConcerns = () => mockDb().data.concerns.filter((c) => OPEN.includes(c.status))

/** A screen as wide as a tablet held sideways (the queue's table starts at 1024px). */
function wideScreen(): void {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query.includes('min-width: 1024px'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  )
}
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the chair lands on the work', () => {
  it('goes from / to the open concerns, longest waiting first; the overview is one tap away', async () => {
    const { user, router } = renderApp({ url: '/', as: 'chair' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Concerns to review' }),
    ).toBeVisible()
    expect(router.state.location.pathname).toBe('/review')
    expect(router.state.location.search).toBe('')
    const open = openConcerns().sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    expect(await queueCount()).toHaveTextContent(`Showing 1 to ${open.length} of ${open.length}`)
    expect(cardTitles().map((t) => t.replace(/^EE-\d{4}-\d{4} /, ''))).toEqual(
      open.map((c) => c.title),
    )
    const tabs = screen.getByRole('navigation', { name: 'Concerns by status' })
    expect(within(tabs).getByRole('link', { name: /^Open/ })).toHaveAttribute(
      'aria-current',
      'page',
    )

    const nav = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'Overview' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/overview'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Board’s year at a glance' }),
    ).toBeVisible()
    await router.navigate(-1)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Concerns to review' }),
    ).toBeVisible()
  })

  it('lists each concern in three short lines: reference and title, where and what, state and flags', async () => {
    renderApp({ url: '/review', as: 'chair' })
    const card = await cardFor('Parents asking how lessons from reviews are shared')
    const reference = mockDb().findConcern('sample-07')?.reference ?? ''
    const link = within(card).getByRole('link')
    expect(link).toHaveAccessibleName(
      `${reference} Parents asking how lessons from reviews are shared`,
    )
    expect(link).toHaveAttribute('href', '/review/sample-07')
    expect(card).toHaveTextContent(
      'Division: Banbury Calthorpe · Risk theme: Two Serious Case Reviews to be published in 2015',
    )
    expect(within(card).getByText('Submitted', { exact: false })).toHaveTextContent(
      'Status: Submitted',
    )
    expect(card).toHaveTextContent(/Waiting 12 days/)
    expect(within(card).getByRole('list', { name: 'Flags' })).toHaveTextContent(
      'Awaiting your replySample data',
    )
  })
})

describe('the queue’s views, all in the address', () => {
  it('shows a tab per status with the API’s counts, "All" as status=all, and Back undoes each', async () => {
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const tabs = screen.getByRole('navigation', { name: 'Concerns by status' })
    await waitFor(() =>
      expect(within(tabs).getByRole('link', { name: /^All/ })).toHaveTextContent('All 8 concerns'),
    )
    expect(within(tabs).getByRole('link', { name: 'Open 5 concerns' })).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: 'Submitted 2 concerns' })).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: 'Closed 1 concern' })).toBeInTheDocument()

    await user.click(within(tabs).getByRole('link', { name: /^Submitted/ }))
    await waitFor(() => expect(search(router).getAll('status')).toEqual(['submitted']))
    expect(await screen.findByText('Showing 1 to 2 of 2 concerns')).toBeInTheDocument()

    await user.click(within(tabs).getByRole('link', { name: /^All/ }))
    await waitFor(() => expect(search(router).getAll('status')).toEqual(['all']))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
    expect(within(tabs).getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page')

    await router.navigate(-1)
    expect(await screen.findByText('Showing 1 to 2 of 2 concerns')).toBeInTheDocument()
    await router.navigate(-1)
    expect(await screen.findByText('Showing 1 to 5 of 5 concerns')).toBeInTheDocument()
  })

  it('filters by what waits on the chair, with counts, as flag= in the address', async () => {
    const requests = recordRequests()
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const flags = screen.getByRole('navigation', { name: 'Concerns that need you' })
    const open = openConcerns()
    const awaiting = open.filter((c) => c.awaitingReply)
    const replied = open.filter((c) => c.id === 'sample-05')
    await waitFor(() =>
      expect(within(flags).getByRole('link', { name: /^Awaiting your reply/ })).toHaveTextContent(
        `Awaiting your reply (${awaiting.length})`,
      ),
    )
    expect(within(flags).getByRole('link', { name: /^Councillor replied/ })).toHaveTextContent(
      `Councillor replied (${replied.length})`,
    )
    expect(within(flags).getByRole('link', { name: /^Personal data flagged/ })).toHaveTextContent(
      /^Personal data flagged \(\d+\)$/,
    )

    await user.click(within(flags).getByRole('link', { name: /^Awaiting your reply/ }))
    await waitFor(() => expect(search(router).get('flag')).toBe('awaiting-reply'))
    expect(
      await screen.findByText(
        `Showing 1 to ${awaiting.length} of ${awaiting.length} concern${awaiting.length === 1 ? '' : 's'}`,
      ),
    ).toBeInTheDocument()
    expect(within(flags).getByRole('link', { name: /^Awaiting your reply/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const last = requests.filter((r) => r.url.pathname.endsWith('/concerns')).at(-1)
    expect(last?.url.searchParams.get('flag')).toBe('awaiting-reply')
    expect(last?.url.searchParams.getAll('status')).toEqual(OPEN)

    await user.click(within(flags).getByRole('link', { name: /^Councillor replied/ }))
    await waitFor(() => expect(search(router).get('flag')).toBe('councillor-replied'))
    expect(await screen.findByText('Showing 1 to 1 of 1 concern')).toBeInTheDocument()
    expect(cardTitles()).toEqual([expect.stringContaining(replied[0]!.title)])

    await user.click(within(flags).getByRole('link', { name: 'Any flag' }))
    await waitFor(() => expect(search(router).get('flag')).toBeNull())
    await router.navigate(-1)
    await waitFor(() => expect(search(router).get('flag')).toBe('councillor-replied'))
    expect(await screen.findByText('Showing 1 to 1 of 1 concern')).toBeInTheDocument()
  })

  it('applies theme, division, dates, text and sort together, all kept in the URL', async () => {
    const requests = recordRequests()
    const { user, router } = renderApp({ url: '/review?status=all', as: 'chair' })
    await queueCount()
    const form = screen.getByRole('search', { name: 'Filter concerns' })
    await user.click(within(form).getByText('Filter and sort'))
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
      expect([...search(router)]).toEqual([
        ['status', 'all'],
        ['theme', 'adolescent-vulnerability'],
        ['division', 'banbury-calthorpe'],
        ['q', 'lifts'],
        ['sort', 'oldest'],
      ]),
    )
    expect(await screen.findByText('Showing 1 to 1 of 1 concern')).toBeInTheDocument()
    expect(cardTitles()).toEqual([expect.stringMatching(/Teenagers offered lifts/)])
    const last = requests.filter((r) => r.url.pathname.endsWith('/concerns')).at(-1)
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toMatchObject({
      theme: 'adolescent-vulnerability',
      division: 'banbury-calthorpe',
      q: 'lifts',
      sort: 'oldest',
      page: '1',
      pageSize: '20',
    })
    expect(last?.url.searchParams.has('status')).toBe(false)

    // Dates: only concerns raised in the last 40 days (three samples: 36, 12 and 3 days ago).
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    expect(await screen.findByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
    await user.click(screen.getByText('Filter and sort'))
    await user.type(screen.getByLabelText('Raised on or after'), day(40))
    await user.type(screen.getByLabelText('Raised on or before'), day(0))
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    expect(await screen.findByText('Showing 1 to 3 of 3 concerns')).toBeInTheDocument()
    expect(search(router).get('from')).toBe(day(40))
    expect(search(router).get('to')).toBe(day(0))
  })

  it('restores the whole view, form included, from a link', async () => {
    renderApp({
      url: '/review?status=in-review&theme=adolescent-vulnerability&q=late&sort=newest',
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
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest')
    expect(screen.getByRole('link', { name: /^In review/ })).toHaveAttribute('aria-current', 'page')
    // The folded filters say how many are on.
    expect(screen.getByText('(2 filters on)', { exact: false })).toBeInTheDocument()
  })

  it('pages on the server with the page and the page size in the URL', async () => {
    seedManyConcerns(mockDb(), 42, { seed: 3 })
    const { user, router } = renderApp({ url: '/review?status=all', as: 'chair' })
    expect(await screen.findByText('Showing 1 to 20 of 50 concerns')).toBeInTheDocument()
    expect(cardTitles()).toHaveLength(20)
    const pages = screen.getByRole('navigation', { name: 'Pages of concerns' })
    await user.click(within(pages).getByRole('link', { name: 'Next page' }))
    await waitFor(() => expect(search(router).get('page')).toBe('2'))
    expect(await screen.findByText('Showing 21 to 40 of 50 concerns')).toBeInTheDocument()
    await user.click(within(pages).getByRole('link', { name: 'Page 3' }))
    expect(await screen.findByText('Showing 41 to 50 of 50 concerns')).toBeInTheDocument()
    expect(cardTitles()).toHaveLength(10)

    await user.click(screen.getByText('Filter and sort'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Concerns per page' }), '50')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() => expect(search(router).get('pageSize')).toBe('50'))
    expect(search(router).get('page')).toBeNull()
    expect(await screen.findByText('Showing 1 to 50 of 50 concerns')).toBeInTheDocument()
    await router.navigate(-1)
    expect(await screen.findByText('Showing 41 to 50 of 50 concerns')).toBeInTheDocument()
    // Choosing a tab starts again at page 1.
    await user.click(screen.getByRole('link', { name: /^Submitted/ }))
    await waitFor(() => expect(search(router).get('page')).toBeNull())
  })

  it('refuses a date range that ends before it starts, GOV.UK style', async () => {
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    await user.click(screen.getByText('Filter and sort'))
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
    expect(await screen.findByText('Showing 1 to 5 of 5 concerns')).toBeInTheDocument()
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

describe('the queue as a table on a wide screen', () => {
  it('has the same facts in columns, and sorts by its Reference and Waiting headers', async () => {
    wideScreen()
    const { user, router } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const table = await screen.findByRole('table', { name: /Concerns, longest waiting first/ })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Reference, sort newest first',
      'Concern',
      'Division',
      'Risk theme',
      'Status',
      'Waiting',
      'Flags',
    ])
    const waiting = within(table).getByRole('columnheader', { name: 'Waiting' })
    expect(waiting).toHaveAttribute('aria-sort', 'descending')
    const row = within(table)
      .getByRole('link', { name: 'Parents asking how lessons from reviews are shared' })
      .closest('tr')!
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/review/sample-07')
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      `${mockDb().findConcern('sample-07')!.reference}Sample data`,
      'Parents asking how lessons from reviews are shared',
      'Banbury Calthorpe',
      'Two Serious Case Reviews to be published in 2015',
      'Status: Submitted',
      '12 days',
      'Awaiting reply',
    ])

    await user.click(within(table).getByRole('link', { name: 'Reference, sort newest first' }))
    await waitFor(() => expect(search(router).get('sort')).toBe('newest'))
    const byNewest = await screen.findByRole('table', { name: /newest first/ })
    expect(within(byNewest).getAllByRole('columnheader')[0]).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    await user.click(within(byNewest).getByRole('link', { name: 'Reference, sort oldest first' }))
    await waitFor(() => expect(search(router).get('sort')).toBe('oldest'))
    const byOldest = await screen.findByRole('table', { name: /oldest first/ })
    expect(within(byOldest).getAllByRole('columnheader')[0]).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    expect(within(byOldest).getByRole('columnheader', { name: /Waiting/ })).toHaveAttribute(
      'aria-sort',
      'none',
    )
    await router.navigate(-1)
    await waitFor(() => expect(search(router).get('sort')).toBe('newest'))
    await screen.findByRole('table', { name: /newest first/ })
    expect(await axe(document.body)).toHaveNoViolations()
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

  it('offers the chair the review pages and the overview in the navigation', async () => {
    renderApp({ url: '/review', as: 'chair' })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Review concerns' })).toHaveAttribute(
      'href',
      '/review',
    )
    expect(within(nav).getByRole('link', { name: 'Insights' })).toHaveAttribute(
      'href',
      '/review/insights',
    )
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/overview')
  })
})
