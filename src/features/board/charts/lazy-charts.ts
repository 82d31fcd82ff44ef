import { lazy } from 'react'

// Both charts come from one module, so one lazy chunk carries Recharts.
const load = () => import('./recharts-charts')

export const LazyPercentRadialChart = lazy(() =>
  load().then((module) => ({ default: module.PercentRadialChart })),
)

export const LazyCountBarChart = lazy(() =>
  load().then((module) => ({ default: module.CountBarChart })),
)
