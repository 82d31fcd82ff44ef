import { useEffect, useRef, type ReactNode } from 'react'

/**
 * What the chair's action did, beside the action: announced politely and focused, so the chair
 * stays where they were on the page, and the next step (the next concern) is a tab away.
 */
export function ActionConfirmation({
  message,
  children,
}: {
  message: string
  children?: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus({ preventScroll: true }), [])
  return (
    <div className="app-review-confirmation" role="status" ref={ref} tabIndex={-1}>
      <p className="govuk-body app-review-confirmation__message">{message}</p>
      {children}
    </div>
  )
}
