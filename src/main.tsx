import './styles/main.scss'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { QueryClient } from '@tanstack/react-query'
import { BrowserRouter, matchRoutes, useRoutes, type RouteMatch } from 'react-router'
import { preloadBanners } from './app/layout/app-layout'
import { AppProviders } from './app/providers'
import { createAppQueryClient } from './app/query-client'
import { routes, type RouteHandle } from './app/routes'
import { unreadRepliesQuery } from './features/concerns/api/unread-replies'
import { USES_MOCK_API } from './lib/env'
import { restoreSavedQueries, sessionQuery } from './lib/query'

/** How long the first render waits for the session before the app starts without it. */
const SESSION_WAIT_MS = 2500
/** How long the start waits for the browser to paint the static shell first. */
const PAINT_WAIT_MS = 100

async function start(root: HTMLElement): Promise<void> {
  // The static shell in index.html is whole without the app: let the browser paint it before the
  // app's own work (a slow tablet spends a fifth of a second setting up the router alone).
  await afterNextPaint()
  // Tested on import.meta.env itself, which the build replaces with a literal, so a build for a
  // real API drops the mock worker's chunk altogether rather than shipping it unused.
  const mockApi = import.meta.env.VITE_API_BASE_URL
    ? undefined
    : // The demo API runs in a service worker. Loaded only here, and only when no real API is
      // configured, so it never weighs on the first bundle; it starts while the first page's code
      // loads, and before anything asks the API.
      import('../mocks/browser').then(({ startMockWorker }) => startMockWorker())
  const queryClient = createAppQueryClient()
  // Matched once: matching compiles every route's pattern, a few milliseconds each time on a tablet.
  const firstRoutes = matchRoutes(routes, window.location) ?? []
  const firstPage = preloadFirstPage(firstRoutes)
  await mockApi
  // The static shell in index.html stays until the first page's code has loaded and the app
  // knows who is signed in (both asked for at once), with any data the page draws at once (the
  // sign-in page's demo accounts). Rendered any sooner, the page would draw its bare loading
  // fallback over the shell, and the header would grow its navigation a moment later, pushing
  // the whole page down. With no answer in time (no signal, a slow server) the app
  // starts anyway and says so itself.
  await Promise.all([
    firstPage,
    // Offline, the questions wait for a signal: no reason to hold the app back for them.
    navigator.onLine
      ? Promise.race([
          Promise.all([prefetchSession(queryClient), prefetchFirstData(firstRoutes, queryClient)]),
          delay(SESSION_WAIT_MS),
        ])
      : undefined,
  ])
  // What was saved on the device, read back now rather than after the first render, so the page
  // is drawn once with it (not drawn, then drawn again). Newer answers fetched above are kept.
  restoreSavedQueries(queryClient)
  // As a transition, React draws the first page in slices of a few milliseconds, between which
  // the browser can answer a tap, rather than in one long task; the shell stays until it is done.
  const app = createRoot(root)
  startTransition(() => {
    app.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          {/* Without transitions a move to another page is drawn at once (the page's own loading
              state if its code is still on its way), never held back behind the old page while
              the app goes on changing around it (sign-out clears the session right after). */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    )
  })
  // The offline service worker, in a build for a real API only (the demo's mock worker owns the
  // scope). After the page has loaded, and through import(), so it never delays the first screen.
  if (import.meta.env.VITE_API_BASE_URL && 'serviceWorker' in navigator) {
    afterLoad(() => {
      import('./app/pwa/register-service-worker')
        .then(({ registerServiceWorker }) => registerServiceWorker())
        .catch((error: unknown) => console.error('The offline service worker failed', error))
    })
  }
}

function AppRoutes() {
  return useRoutes(routes)
}

/**
 * Fetches the code of the page at this address (its route and the routes around it) and of the
 * banners above every page, so the first render draws the page itself. A fetch that fails is left
 * for the page to report (its error page says what happened), not to stop the app.
 */
async function preloadFirstPage(matches: RouteMatch[]): Promise<void> {
  const loads = matches.flatMap(({ route }) => {
    const preload = (route.handle as RouteHandle | undefined)?.preload
    return preload ? [preload()] : []
  })
  await Promise.allSettled([...loads, preloadBanners()])
}

/**
 * The session, then for a councillor the count of unread replies that the navigation (and the
 * overview, above its content) show: in the first render, rather than arriving a moment later
 * for a second one, which React draws in one unbroken task (a query's update is synchronous).
 */
async function prefetchSession(queryClient: QueryClient): Promise<void> {
  const user = await queryClient.fetchQuery(sessionQuery()).catch(() => undefined)
  if (user?.role === 'councillor') await queryClient.prefetchQuery(unreadRepliesQuery())
}

/** Asks for the data the page at this address draws at once (a route handle's `prefetch`). */
async function prefetchFirstData(matches: RouteMatch[], queryClient: QueryClient): Promise<void> {
  const fetches = matches.flatMap(({ route }) => {
    const prefetch = (route.handle as RouteHandle | undefined)?.prefetch
    return prefetch ? [prefetch(queryClient)] : []
  })
  await Promise.allSettled(fetches)
}

/**
 * After the browser's next paint: a frame, then a task after it. Not waited for in a hidden tab,
 * which paints nothing (and whose frames may never come), nor for long if frames are slow to come.
 */
function afterNextPaint(): Promise<void> {
  // Hidden, nothing paints; in a build, the starter (public/start-app.js) has already waited.
  if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) {
    return Promise.resolve()
  }
  const painted = new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
  return Promise.race([painted, delay(PAINT_WAIT_MS)])
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function afterLoad(run: () => void): void {
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
}

function showStartFailure(root: HTMLElement, error: unknown): void {
  console.error(error)
  const main = document.createElement('main')
  main.className = 'app-start-failure'
  const heading = document.createElement('h1')
  heading.className = 'govuk-heading-l'
  heading.textContent = 'Sorry, Eyes and Ears could not start'
  const text = document.createElement('p')
  text.className = 'govuk-body'
  text.textContent = USES_MOCK_API
    ? 'The demo needs service workers, which this browser has turned off (a private window can do this). Try a normal window, or another browser.'
    : 'Reload the page to try again.'
  main.append(heading, text)
  root.replaceChildren(main)
}

const root = document.getElementById('root')
if (root) start(root).catch((error: unknown) => showStartFailure(root, error))
