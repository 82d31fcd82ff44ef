import type { ReactNode } from 'react'

export type LabelSize = 's' | 'm' | 'l'

/**
 * How a field's label or legend looks. A question that is the heading of its part of a long form
 * is an h2, so screen-reader users can move between questions by heading.
 */
export interface LabelStyle {
  labelSize?: LabelSize | undefined
  labelIsHeading?: boolean | undefined
}

export function FieldLabel({
  htmlFor,
  labelSize,
  labelIsHeading = false,
  children,
}: LabelStyle & { htmlFor: string; children: ReactNode }) {
  const label = (
    <label
      className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  )
  return labelIsHeading ? <h2 className="govuk-label-wrapper">{label}</h2> : label
}

export function FieldsetLegend({
  labelSize,
  labelIsHeading = false,
  children,
}: LabelStyle & { children: ReactNode }) {
  return (
    <legend
      className={`govuk-fieldset__legend${labelSize ? ` govuk-fieldset__legend--${labelSize}` : ''}`}
    >
      {labelIsHeading ? <h2 className="govuk-fieldset__heading">{children}</h2> : children}
    </legend>
  )
}
