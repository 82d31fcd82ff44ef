interface LoadingProps {
  /** What is loading, read to screen readers. */
  label?: string
}

/** A quiet placeholder that holds some height, so the page does not jump when content arrives. */
export function Loading({ label = 'Loading' }: LoadingProps) {
  return (
    <div className="app-loading" role="status">
      <p className="govuk-body app-loading__text">{label}…</p>
    </div>
  )
}
