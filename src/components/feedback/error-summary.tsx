import { useEffect, useRef, type MouseEvent } from 'react'

export interface ErrorSummaryItem {
  /**
   * The id of the field to jump to (for radios or checkboxes: the first input's id). Leave it out
   * for a problem that belongs to no field, e.g. no connection.
   */
  fieldId?: string
  message: string
}

interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[]
  /** Change it (e.g. a submit count) to move focus to the summary again on each failed attempt. */
  focusKey?: unknown
}

/**
 * The GOV.UK error summary: takes focus when it appears so screen readers read it, and each link
 * moves focus to its field with the field's label or legend in view.
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    ref.current?.focus()
  }, [focusKey])

  if (errors.length === 0) return null

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {error.fieldId ? (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => focusField(event, error.fieldId)}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined): void {
  if (!fieldId) return
  const field = document.getElementById(fieldId)
  if (!field) return
  // A hash link would change the router's location; focus the field in place instead.
  event.preventDefault()
  const legendOrLabel =
    field.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${CSS.escape(fieldId)}"]`)
  ;(legendOrLabel ?? field).scrollIntoView()
  field.focus({ preventScroll: true })
}
