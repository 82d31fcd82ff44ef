import type { RouteObject } from 'react-router'
import { Loading } from '../components/feedback/loading'
import { RequireRole } from './guards/require-role'
import { RequireSession } from './guards/require-session'
import { AppLayout } from './layout/app-layout'
import { notFoundRoute } from './pages/not-found'
import { RouteErrorPage } from './pages/route-error-page'

/*
 * ─── Feature routes ──────────────────────────────────────────────────────────────────────────
 * Features add their pages to these lists (a small edit each). Use `lazy` so every page is its
 * own chunk: a route module in src/app/routes/ that exports `Component`, e.g.
 *   { path: 'objectives/:id', lazy: () => import('./routes/board-objective') }
 * Paths are relative (no leading slash).
 */

/** One step of raising a concern: a component of the same (lazily loaded) route module. */
const step =
  (name: Exclude<keyof typeof import('./routes/concerns-new'), 'Component'>) => async () => ({
    Component: (await import('./routes/concerns-new'))[name],
  })

/** Pages for anyone signed in, at the top level (`/`, `/objectives`, `/risks`, …). */
const signedInRoutes: RouteObject[] = [
  // Board: the overview, objectives and risk themes.
  // `/` is the overview for a councillor; the chair's home is the queue (the route module sends
  // them on), and their overview is at /overview.
  { index: true, lazy: () => import('./routes/board-overview') },
  { path: 'overview', lazy: () => import('./routes/board-overview') },
  { path: 'objectives', lazy: () => import('./routes/board-objectives') },
  { path: 'objectives/:id', lazy: () => import('./routes/board-objective') },
  { path: 'risks', lazy: () => import('./routes/board-risks') },
  { path: 'risks/:id', lazy: () => import('./routes/board-risk') },
]

/** Councillor-only pages at the top level (`/concerns/new`, `/concerns`, `/concerns/:id`). */
const councillorRoutes: RouteObject[] = [
  // Concerns: raise one (safeguarding first, question pages, check, sent), and My concerns.
  {
    path: 'concerns/new',
    lazy: () => import('./routes/concerns-new'),
    children: [
      { index: true, lazy: step('StartPage') },
      { path: 'call-999', lazy: step('CallEmergencyPage') },
      { path: 'particular-child', lazy: step('ParticularChildPage') },
      {
        lazy: step('RequireStarted'),
        children: [
          // One question page each, then check answers; `details` (the old one-page form)
          // and `continue` take them to the first page not yet answered.
          { path: 'where', lazy: step('WherePage') },
          { path: 'theme', lazy: step('ThemePage') },
          { path: 'what', lazy: step('WhatPage') },
          { path: 'how', lazy: step('HowPage') },
          { path: 'reported', lazy: step('ReportedPage') },
          { path: 'reply', lazy: step('ReplyPage') },
          { path: 'continue', lazy: step('ResumeAnswers') },
          { path: 'details', lazy: step('ResumeAnswers') },
          { path: 'check', lazy: step('CheckAnswersPage') },
        ],
      },
      { path: 'sent', lazy: step('SentPage') },
    ],
  },
  { path: 'concerns', lazy: () => import('./routes/concerns-mine') },
  { path: 'concerns/:id', lazy: () => import('./routes/concerns-detail') },
]

/** Chair-only pages below `/review` (`index: true` is /review, then ':id', 'insights'). */
const chairRoutes: RouteObject[] = [
  // Review: the queue, insights and one concern.
  { index: true, lazy: () => import('./routes/review-queue') },
  { path: 'insights', lazy: () => import('./routes/review-insights') },
  { path: ':id', lazy: () => import('./routes/review-concern') },
]

/* ─── End of feature routes ─────────────────────────────────────────────────────────────────── */

/**
 * The whole route tree. The app mounts it in a browser router, tests in a memory router.
 * Public: sign-in, about, 404. Everything else needs a session; the concerns pages need a
 * councillor, /review the chair (RequireRole: anyone else gets the 403 page).
 */
export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: () => <Loading label="Loading Eyes and Ears" />,
    children: [
      {
        // Errors inside a page keep the header and footer around them.
        ErrorBoundary: RouteErrorPage,
        children: [
          { path: 'sign-in', lazy: () => import('./routes/sign-in') },
          { path: 'about', lazy: () => import('./routes/about') },
          { path: 'accessibility', lazy: () => import('./routes/accessibility') },
          {
            Component: RequireSession,
            children: [
              ...signedInRoutes,
              { element: <RequireRole role="councillor" />, children: councillorRoutes },
              {
                path: 'review',
                element: <RequireRole role="chair" />,
                children: [...chairRoutes, { path: '*', lazy: notFoundRoute }],
              },
            ],
          },
          { path: '*', lazy: notFoundRoute },
        ],
      },
    ],
  },
]
