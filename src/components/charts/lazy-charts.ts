import { lazy } from 'react'

// Both charts come from one module, so one lazy chunk carries Recharts, only when a chart is drawn.
const load = () => import('./recharts-charts')

export const LazyCountBars = lazy(() => load().then((module) => ({ default: module.CountBars })))

export const LazyPercentRing = lazy(() =>
  load().then((module) => ({ default: module.PercentRing })),
)
