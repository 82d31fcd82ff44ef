import { lazy } from 'react'

// Recharts arrives in its own chunk, only when the insights page draws a chart.
export const LazyBarChart = lazy(() =>
  import('./recharts-bars').then((module) => ({ default: module.CountBars })),
)
