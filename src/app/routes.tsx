import type { RouteObject } from 'react-router'
import { Loading } from '../components/loading'
import { NotFoundPage } from '../components/status-pages'
import { RequireRole } from './guards/require-role'
import { RequireSession } from './guards/require-session'
import { AppLayout } from './layout/app-layout'
import { RouteErrorPage } from './pages/route-error-page'

/*
 * ─── Feature routes ──────────────────────────────────────────────────────────────────────────
 * Features add their pages to these lists (a small edit each). Use `lazy` so every page is its
 * own chunk: a route module in src/app/routes/ that exports `Component`, e.g.
 *   { path: 'objectives/:id', lazy: () => import('./routes/board-objective') }
 * Paths are relative (no leading slash).
 */

/** Pages for anyone signed in, at the top level (`/`, `/objectives`, `/concerns/new`, …). */
const signedInRoutes: RouteObject[] = [
  // Board: the overview, objectives and risk themes.
  { index: true, lazy: () => import('./routes/board-overview') },
  { path: 'objectives', lazy: () => import('./routes/board-objectives') },
  { path: 'objectives/:id', lazy: () => import('./routes/board-objective') },
  { path: 'risks', lazy: () => import('./routes/board-risks') },
  { path: 'risks/:id', lazy: () => import('./routes/board-risk') },
]

/** Chair-only pages below `/review` (`index: true` is /review, then ':id', 'insights'). */
const chairRoutes: RouteObject[] = []

/* ─── End of feature routes ─────────────────────────────────────────────────────────────────── */

/**
 * The whole route tree. The app mounts it in a browser router, tests in a memory router.
 * Public: sign-in, about, 404. Everything else needs a session; /review needs the chair.
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
          {
            Component: RequireSession,
            children: [
              ...signedInRoutes,
              {
                path: 'review',
                element: <RequireRole role="chair" />,
                children: [...chairRoutes, { path: '*', Component: NotFoundPage }],
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]
