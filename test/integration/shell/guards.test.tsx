import { render, screen, within } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { RequireRole } from '../../../src/app/guards/require-role'
import { createQueryClient, CurrentUserProvider } from '../../../src/lib/query'
import type { SessionUser } from '../../../src/lib/api'
import { renderApp } from '../../helpers/render-app'

const FORBIDDEN = 'You do not have access to this page'

const CHAIR_ONLY =
  'This page is only for the independent chair of the Oxfordshire Safeguarding Children Board.'
const COUNCILLORS_ONLY = 'This page is only for councillors.'

describe('a chair-only route', () => {
  it('shows a councillor the 403 page, with the way to their own concerns and home', async () => {
    const { container, router } = renderApp({ url: '/review', as: 'cllr-oxford' })
    expect(await screen.findByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible()
    expect(router.state.location.pathname).toBe('/review')
    expect(document.title).toBe(`${FORBIDDEN} – Eyes and Ears`)
    const main = within(screen.getByRole('main'))
    expect(main.getByText(CHAIR_ONLY)).toBeVisible()
    expect(main.getByRole('link', { name: 'Go to your concerns' })).toHaveAttribute(
      'href',
      '/concerns',
    )
    expect(main.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('gives a councillor the 403 page below /review too, whether or not the record exists', async () => {
    renderApp({ url: '/review/some-concern-id', as: 'cllr-banbury' })
    expect(await screen.findByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible()
  })

  it('does not refuse the chair', async () => {
    renderApp({ url: '/review', as: 'chair' })
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).not.toHaveTextContent(FORBIDDEN)
  })

  it('asks a signed-out visitor to sign in first', async () => {
    const { router } = renderApp({ url: '/review' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/review')
  })
})

describe('a councillor-only route', () => {
  it.each(['/concerns', '/concerns/new', '/concerns/new/details', '/concerns/sample-01'])(
    'shows the chair the 403 page at %s, with the way to the concerns to review',
    async (url) => {
      const { container, router } = renderApp({ url, as: 'chair' })
      expect(await screen.findByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible()
      expect(router.state.location.pathname).toBe(url)
      expect(document.title).toBe(`${FORBIDDEN} – Eyes and Ears`)
      const main = within(screen.getByRole('main'))
      expect(main.getByText(COUNCILLORS_ONLY)).toBeVisible()
      expect(main.getByRole('link', { name: 'Go to the concerns to review' })).toHaveAttribute(
        'href',
        '/review',
      )
      expect(main.queryByRole('link', { name: 'Go to your concerns' })).not.toBeInTheDocument()
      expect(await axe(container)).toHaveNoViolations()
    },
  )

  it('does not refuse a councillor', async () => {
    renderApp({ url: '/concerns', as: 'cllr-banbury' })
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).not.toHaveTextContent(FORBIDDEN)
  })
})

describe('RequireRole', () => {
  const person = (role: SessionUser['role']): SessionUser => ({
    id: `someone-${role}`,
    name: 'Someone',
    role,
    divisionId: role === 'chair' ? null : 'banbury-calthorpe',
  })

  function mount(role: SessionUser['role']) {
    const router = createMemoryRouter(
      [
        {
          element: (
            <CurrentUserProvider value={person(role)}>
              <Outlet />
            </CurrentUserProvider>
          ),
          children: [
            {
              path: 'chair-only',
              element: <RequireRole role="chair" />,
              children: [{ index: true, element: <h1>Chair’s page</h1> }],
            },
            {
              path: 'councillor-only',
              element: <RequireRole role="councillor" />,
              children: [{ index: true, element: <h1>Councillor’s page</h1> }],
            },
            {
              path: 'wrapped',
              element: (
                <RequireRole role="chair">
                  <h1>Wrapped page</h1>
                </RequireRole>
              ),
            },
          ],
        },
      ],
      { initialEntries: ['/chair-only'] },
    )
    render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    )
    return router
  }

  it('shows the chair the page behind it, as a route element or around children', async () => {
    const router = mount('chair')
    expect(await screen.findByRole('heading', { name: 'Chair’s page' })).toBeVisible()
    await router.navigate('/wrapped')
    expect(await screen.findByRole('heading', { name: 'Wrapped page' })).toBeVisible()
  })

  it('guards a councillor’s page the same way, the other way round', async () => {
    const router = mount('chair')
    await router.navigate('/councillor-only')
    expect(await screen.findByRole('heading', { name: FORBIDDEN })).toBeVisible()
    expect(screen.getByText(COUNCILLORS_ONLY)).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Councillor’s page' })).not.toBeInTheDocument()
  })

  it('shows a councillor the councillor’s page', async () => {
    const router = mount('councillor')
    await router.navigate('/councillor-only')
    expect(await screen.findByRole('heading', { name: 'Councillor’s page' })).toBeVisible()
  })

  it('shows anyone else the 403 page', async () => {
    const router = mount('councillor')
    expect(await screen.findByRole('heading', { name: FORBIDDEN })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Chair’s page' })).not.toBeInTheDocument()
    await router.navigate('/wrapped')
    expect(await screen.findByRole('heading', { name: FORBIDDEN })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Wrapped page' })).not.toBeInTheDocument()
  })
})
