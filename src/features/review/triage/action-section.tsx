import type { ReactNode } from 'react'

/**
 * One of the chair's actions, folded to its name (GOV.UK details) so that every action they may
 * take is on the first screen of a tablet either way up; the one the chair opens unfolds in place.
 * What is typed in a folded action stays there.
 */
export function ActionSection({
  id,
  title,
  open,
  onToggle,
  children,
}: {
  id: string
  title: string
  open: boolean
  onToggle: (open: boolean) => void
  children: ReactNode
}) {
  // A region named by its summary, so the action can be found by name from a landmark list.
  return (
    <section aria-labelledby={`${id}-name`}>
      <details
        className="govuk-details app-review-action"
        id={id}
        open={open}
        onToggle={(event) => {
          if (event.currentTarget.open !== open) onToggle(event.currentTarget.open)
        }}
      >
        <summary className="govuk-details__summary app-review-action__summary">
          <span className="govuk-details__summary-text" id={`${id}-name`}>
            {title}
          </span>
        </summary>
        <div className="app-review-action__content">{children}</div>
      </details>
    </section>
  )
}
