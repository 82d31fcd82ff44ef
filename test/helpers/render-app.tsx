/*
 * Renders the real app for an integration test: the real providers (query client with the
 * features' mutation defaults, cache persistence to localStorage) and the real route tree in a
 * memory router at `url` (test/helpers/test-router.tsx), against the mock API of test/helpers/mock-server.ts.
 *
 *   const { user, router } = renderApp({ url: '/objectives', as: 'cllr-banbury' })
 *   await user.click(await screen.findByRole('button', { name: 'Sign in' }))
 *
 * `as` signs that demo persona in on the mock server first; leave it out to start signed out.
 * Retries are off so a failing request shows its error at once; pass `retries: true` to test the
 * app's retry policy. Pass the `queryClient` of an earlier render to keep its memory, or leave it
 * out after unmounting to simulate a reload (the cache comes back from localStorage).
 */
import type { QueryClient } from '@tanstack/react-query'
import { cleanup, render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { afterEach } from 'vitest'
import type { PersonaId } from '../../src/lib/backend/seed/personas'
import { AppProviders } from '../../src/app/providers'
import { createAppQueryClient } from '../../src/app/query-client'
import { removePersistedClient, restoreSavedQueries } from '../../src/lib/query'
import { signInAs } from './mock-server'
import { createTestRouter, type TestRouter } from './test-router'

export interface RenderAppOptions {
  url?: string
  as?: PersonaId
  retries?: boolean
  queryClient?: QueryClient
}

export type AppRouter = TestRouter

export interface RenderAppResult extends RenderResult {
  user: UserEvent
  router: AppRouter
  queryClient: QueryClient
}

const clients = new Set<QueryClient>()

// Stops retry and garbage-collection timers of the test's clients from outliving it.
afterEach(() => {
  for (const client of clients) client.clear()
  clients.clear()
})

export function renderApp({
  url = '/',
  as,
  retries = false,
  queryClient = createAppQueryClient({ retry: retries }),
}: RenderAppOptions = {}): RenderAppResult {
  signInAs(as ?? null)
  clients.add(queryClient)
  // As the app does before its first render (src/main.tsx).
  restoreSavedQueries(queryClient)
  const { router, element } = createTestRouter([url])
  const user = userEvent.setup()
  const result = render(<AppProviders queryClient={queryClient}>{element}</AppProviders>)
  return { ...result, user, router, queryClient }
}

/**
 * Ends a render and hands the device to someone else. `renderApp({ as })` skips the sign-in page,
 * whose sign-in is what drops the previous user's saved identity and pages
 * (src/features/session/api/sign-in.ts), so this forgets the app's saved copy in its place.
 */
export function handOverDevice(): void {
  cleanup()
  removePersistedClient()
}
