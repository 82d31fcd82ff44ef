/** Grey blocks in the shape of what is coming, each as tall as the real thing, so nothing jumps. */
export function CardSkeletons({
  count,
  label,
  variant,
}: {
  count: number
  /** Read to screen readers while loading, e.g. "Loading the objectives". */
  label: string
  variant: 'objective' | 'risk' | 'figure' | 'detail'
}) {
  return (
    <div className="app-skeletons" aria-busy="true">
      <p className="govuk-visually-hidden" role="status">
        {label}
      </p>
      <ul className={`app-board-grid app-board-grid--${variant}`} aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className={`app-board-skeleton app-board-skeleton--${variant}`}>
            <span className="app-board-skeleton__line app-board-skeleton__line--short" />
            <span className="app-board-skeleton__line app-board-skeleton__line--title" />
            <span className="app-board-skeleton__line" />
            <span className="app-board-skeleton__line" />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Keeps the place of a section's source line, which arrives with the section's data. */
export function SourcePlaceholder() {
  return (
    <p className="app-board-source" aria-hidden="true">
      {'\u00a0'}
    </p>
  )
}
