import type { ReactNode } from 'react'
import { ChartFrame } from './chart-frame'
import { LazyPercentRing } from './lazy-charts'
import { WhenNearViewport } from './when-near-viewport'

export interface PercentChartProps {
  heading: string
  headingLevel?: 2 | 3
  takeaway: string
  /** The percentage, 0–100. */
  value: number
  /** The figure as it is printed, e.g. "48.2%". */
  display: string
  /** What the percentage is of, e.g. "of under 5s in Oxfordshire have …". */
  label: string
  note?: ReactNode
  className?: string
}

const HEIGHT = 220

/** One percentage as a ring filled to its share of 100%, or as a one-row table. */
export function PercentChart({ value, display, label, ...frame }: PercentChartProps) {
  return (
    <ChartFrame
      {...frame}
      height={HEIGHT}
      table={{
        columns: ['Measure', 'Share'],
        rows: [[label.charAt(0).toLocaleUpperCase('en-GB') + label.slice(1), display]],
      }}
      picture={
        <WhenNearViewport height={HEIGHT}>
          <LazyPercentRing
            value={value}
            display={display}
            label={`${display} ${label}`}
            height={HEIGHT}
          />
        </WhenNearViewport>
      }
    />
  )
}
