import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiRequest, objectiveListSchema } from '../../../src/lib/api'
import { QUERY_CACHE_STORAGE_KEY, sessionKeys } from '../../../src/lib/query'
import { renderApp } from '../../helpers/render-app'
import { mockDb, signInAs } from '../../helpers/mock-server'
import { signOutButton, waitForPage } from './shell-helpers'

describe('signed-out visitors', () => {
  it('are sent from the home page to sign-in', async () => {
    const { router } = renderApp({ url: '/' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toBe('')
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  })

  it('are brought back to the page they asked for after signing in', async () => {
    const { user, router } = renderApp({ url: '/objectives?q=care#top' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe(
      '/objectives?q=care#top',
    )

    await user.click(await screen.findByRole('radio', { name: 'Demo Councillor A' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitForPage(router, '/objectives')
    expect(router.state.location.search).toBe('?q=care')
    expect(router.state.location.hash).toBe('#top')
  })

  it('see the about page without signing in', async () => {
    const { router } = renderApp({ url: '/about' })
    expect(await screen.findByRole('heading', { level: 1, name: 'About this app' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/about')
  })
})

describe('a session that ends on the server', () => {
  it('sends the user to sign-in, and back, when any call answers 401', async () => {
    const { user, router, queryClient } = renderApp({ url: '/about', as: 'chair' })
    await signOutButton()

    // The server forgets the session (it expired); the next call the app makes answers 401.
    signInAs(null)
    await act(async () => {
      await queryClient
        .fetchQuery({
          queryKey: ['any-signed-in-call'],
          queryFn: () => apiRequest(objectiveListSchema, '/objectives'),
        })
        .catch(() => undefined)
    })
    expect(queryClient.getQueryData(sessionKeys.current())).toBeNull()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull())

    // A signed-in page now asks for sign-in, and returns there afterwards.
    await act(() => router.navigate('/objectives'))
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    await user.click(await screen.findByRole('radio', { name: 'Demo Chair' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitForPage(router, '/objectives')
  })
})

describe('signing out', () => {
  it('ends the session, clears what the device holds and confirms on the sign-in page', async () => {
    const { user, router, queryClient } = renderApp({ url: '/', as: 'cllr-banbury' })
    await waitForPage(router, '/')
    // Something personal in memory and something saved for offline use.
    queryClient.setQueryData(['personal'], { secret: true })
    localStorage.setItem(QUERY_CACHE_STORAGE_KEY, '{"saved":true}')

    await user.click(await signOutButton())

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(screen.getByRole('alert')).toHaveTextContent('You have signed out.')
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
    expect(mockDb().data.signedInUserId).toBeNull()
    expect(queryClient.getQueryData(['personal'])).toBeUndefined()
    // Removed; the persister may write the now empty cache back a moment later.
    const saved = JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? 'null') as {
      clientState: { queries: unknown[]; mutations: unknown[] }
    } | null
    expect(saved?.clientState ?? { queries: [], mutations: [] }).toEqual({
      queries: [],
      mutations: [],
    })

    // Signed out means signed out: the home page asks for sign-in again.
    await act(() => router.navigate('/'))
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(router.state.location.pathname).toBe('/sign-in')
  })

  it('keeps the user signed in, and says so, when the server cannot be reached', async () => {
    const { user, router, queryClient } = renderApp({ url: '/', as: 'cllr-banbury' })
    await waitForPage(router, '/')
    queryClient.setQueryData(['personal'], { kept: true })
    const { server } = await import('../../helpers/mock-server')
    const { http, HttpResponse } = await import('msw')
    server.use(http.delete('*/api/v1/session', () => HttpResponse.error()))

    await user.click(await signOutButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('You are still signed in')
    expect(router.state.location.pathname).toBe('/')
    expect(queryClient.getQueryData(['personal'])).toEqual({ kept: true })
  })
})

describe('resetting the demo data', () => {
  it('puts the sample data back, signs out and says so', async () => {
    const { user, router } = renderApp({ url: '/overview', as: 'chair' })
    await waitForPage(router, '/overview')
    const sampleCount = mockDb().data.concerns.length
    mockDb().data.concerns = []

    expect(screen.getByText(/Demo: sample data only/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))

    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(screen.getByRole('alert')).toHaveTextContent('The demo data has been reset')
    expect(mockDb().data.concerns).toHaveLength(sampleCount)
    expect(mockDb().data.signedInUserId).toBeNull()
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
  })
})
