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
          <li key={index} className={`app-skeleton app-skeleton--${variant}`}>
            <span className="app-skeleton__line app-skeleton__line--short" />
            <span className="app-skeleton__line app-skeleton__line--title" />
            <span className="app-skeleton__line" />
            <span className="app-skeleton__line" />
          </li>
        ))}
      </ul>
    </div>
  )
}
