import type { Ref } from 'react'

/** The picture's place while it loads, as tall as the picture, so nothing around it moves. */
export function ChartPlaceholder({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className="app-chart__placeholder" style={{ height }}>
      <span className="govuk-visually-hidden">Loading the chart</span>
    </div>
  )
}
