import type { ReactNode } from 'react'
import { ChartPlaceholder } from './chart-placeholder'
import { useNearViewport } from './use-near-viewport'

/**
 * A chart drawn with Recharts only once its place nears the viewport. Drawing one costs a slow
 * tablet about a second of blocked page (the library's code, then its several renders), and the
 * overview's charts are at the foot of a long page: on a first visit they would block the screen
 * the reader is looking at, for pictures below it. The takeaway and the table carry the same
 * numbers meanwhile.
 */
export function WhenNearViewport({ height, children }: { height: number; children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>()
  return near ? children : <ChartPlaceholder ref={ref} height={height} />
}
