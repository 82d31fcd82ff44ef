import type { ReactNode } from 'react'

/** The GOV.UK form group: the red bar down the side belongs to the whole field in error. */
export function FormGroup({
  error,
  className = '',
  children,
}: {
  error: string | null | undefined
  className?: string | undefined
  children: ReactNode
}) {
  return (
    <div
      className={`govuk-form-group${error ? ' govuk-form-group--error' : ''} ${className}`.trim()}
    >
      {children}
    </div>
  )
}
