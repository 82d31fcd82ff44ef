import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType, ReactNode } from 'react'
import { Outlet, type RouteObject } from 'react-router'
import { personasQuery } from '../features/session'
import { RequireRole } from './guards/require-role'
import { RequireSession } from './guards/require-session'
import { AppLayout } from './layout/app-layout'
import { lazyPage } from './lazy-page'
import { loadNotFoundPage } from './pages/not-found'
import { RouteErrorBoundary } from './route-error-boundary'

/** What a route carries for main.tsx, to fetch before the first render. */
export interface RouteHandle {
  /** The page's code. */
  preload?: () => Promise<void>
  /** Data the page draws at once, so that it does not grow as the data arrives. */
  prefetch?: (queryClient: QueryClient) => Promise<void>
}

/** A route whose page is its own chunk: `page(() => import('./routes/x'))`. */
function page(
  load: () => Promise<{ Component: ComponentType }>,
  { prefetch }: Pick<RouteHandle, 'prefetch'> = {},
): {
  element: ReactNode
  handle: RouteHandle
} {
  const { Page, preload } = lazyPage(async () => (await load()).Component)
  return { element: <Page />, handle: { preload, prefetch } }
}

/*
 * ─── Feature routes ──────────────────────────────────────────────────────────────────────────
 * Features add their pages to these lists (a small edit each). Each page is its own chunk: a
 * route module in src/app/routes/ that exports `Component`, e.g.
 *   { path: 'objectives/:id', ...page(() => import('./routes/board-objective')) }
 * Paths are relative (no leading slash).
 */

/** One step of raising a concern: a component of the same (lazily loaded) route module. */
const step = (name: Exclude<keyof typeof import('./routes/concerns-new'), 'Component'>) =>
  page(async () => ({ Component: (await import('./routes/concerns-new'))[name] }))

/**
 * The overview's objectives and risk themes, asked for beside the session instead of after the
 * first render: on a slow connection that was a second later. Their queries come with the
 * board's code (already on its way for the page), so the first bundle does not grow.
 */
async function boardContent(queryClient: QueryClient): Promise<void> {
  const { objectivesQuery, riskThemesQuery } = await import('../features/board/api/board-queries')
  await Promise.all([
    queryClient.prefetchQuery(objectivesQuery()),
    queryClient.prefetchQuery(riskThemesQuery()),
  ])
}

/** Pages for anyone signed in, at the top level (`/`, `/objectives`, `/risks`, …). */
const signedInRoutes: RouteObject[] = [
  // Board: the overview, objectives and risk themes.
  // `/` is the overview for a councillor; the chair's home is the queue (the route module sends
  // them on), and their overview is at /overview.
  { index: true, ...page(() => import('./routes/board-overview'), { prefetch: boardContent }) },
  {
    path: 'overview',
    ...page(() => import('./routes/board-overview'), { prefetch: boardContent }),
  },
  { path: 'objectives', ...page(() => import('./routes/board-objectives')) },
  { path: 'objectives/:id', ...page(() => import('./routes/board-objective')) },
  { path: 'risks', ...page(() => import('./routes/board-risks')) },
  { path: 'risks/:id', ...page(() => import('./routes/board-risk')) },
]

/** Councillor-only pages at the top level (`/concerns/new`, `/concerns`, `/concerns/:id`). */
const councillorRoutes: RouteObject[] = [
  // Concerns: raise one (safeguarding first, question pages, check, sent), and My concerns.
  {
    path: 'concerns/new',
    ...page(() => import('./routes/concerns-new')),
    children: [
      { index: true, ...step('StartPage') },
      { path: 'call-999', ...step('CallEmergencyPage') },
      { path: 'particular-child', ...step('ParticularChildPage') },
      {
        ...step('RequireStarted'),
        children: [
          // One question page each, then check answers; `details` (the old one-page form)
          // and `continue` take them to the first page not yet answered.
          { path: 'where', ...step('WherePage') },
          { path: 'theme', ...step('ThemePage') },
          { path: 'what', ...step('WhatPage') },
          { path: 'how', ...step('HowPage') },
          { path: 'reported', ...step('ReportedPage') },
          { path: 'reply', ...step('ReplyPage') },
          { path: 'continue', ...step('ResumeAnswers') },
          { path: 'details', ...step('ResumeAnswers') },
          { path: 'check', ...step('CheckAnswersPage') },
        ],
      },
      { path: 'sent', ...step('SentPage') },
    ],
  },
  { path: 'concerns', ...page(() => import('./routes/concerns-mine')) },
  { path: 'concerns/:id', ...page(() => import('./routes/concerns-detail')) },
]

/** Chair-only pages below `/review` (`index: true` is /review, then ':id', 'insights'). */
const chairRoutes: RouteObject[] = [
  // Review: the queue, insights and one concern.
  { index: true, ...page(() => import('./routes/review-queue')) },
  { path: 'insights', ...page(() => import('./routes/review-insights')) },
  { path: ':id', ...page(() => import('./routes/review-concern')) },
]

/* ─── End of feature routes ─────────────────────────────────────────────────────────────────── */

/**
 * The whole route tree, for `useRoutes`. The app mounts it in a browser router, tests in a
 * memory router.
 * Public: sign-in, about, 404. Everything else needs a session; the concerns pages need a
 * councillor, /review the chair (RequireRole: anyone else gets the 403 page).
 */
export const routes: RouteObject[] = [
  {
    element: (
      <RouteErrorBoundary>
        <AppLayout />
      </RouteErrorBoundary>
    ),
    children: [
      {
        // Errors inside a page keep the header and footer around them.
        element: (
          <RouteErrorBoundary>
            <Outlet />
          </RouteErrorBoundary>
        ),
        children: [
          {
            path: 'sign-in',
            // The demo accounts fill most of the page: drawn with it, the footer does not move.
            ...page(() => import('./routes/sign-in'), {
              prefetch: (queryClient) => queryClient.prefetchQuery(personasQuery()),
            }),
          },
          { path: 'about', ...page(() => import('./routes/about')) },
          { path: 'accessibility', ...page(() => import('./routes/accessibility')) },
          {
            element: <RequireSession />,
            children: [
              ...signedInRoutes,
              { element: <RequireRole role="councillor" />, children: councillorRoutes },
              {
                path: 'review',
                element: <RequireRole role="chair" />,
                children: [...chairRoutes, { path: '*', ...page(loadNotFoundPage) }],
              },
            ],
          },
          { path: '*', ...page(loadNotFoundPage) },
        ],
      },
    ],
  },
]
