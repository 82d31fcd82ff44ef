import type { ReactNode } from 'react'
import './timeline.scss'

/**
 * What happened to a concern, oldest first: one line a step, its title in bold, who and when under
 * it, then any detail. The councillor and the chair each choose the steps and words they see.
 */
export function Timeline({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
  return (
    <ol className="app-timeline" aria-labelledby={labelledBy}>
      {children}
    </ol>
  )
}

export function TimelineItem({
  title,
  meta,
  children,
}: {
  title: ReactNode
  meta: ReactNode
  children?: ReactNode
}) {
  return (
    <li className="app-timeline__item">
      <p className="app-timeline__title">{title}</p>
      <p className="app-timeline__meta">{meta}</p>
      {children}
    </li>
  )
}
