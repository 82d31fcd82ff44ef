import type { ReactNode } from 'react'

/**
 * A submit button that stays focusable while a request is on its way: aria-disabled, not
 * disabled, so a screen reader's focus is not thrown off it, and a second press does nothing.
 */
export function SubmitButton({
  busy = false,
  variant,
  children,
}: {
  busy?: boolean
  variant?: 'secondary' | 'warning'
  children: ReactNode
}) {
  return (
    <button
      type="submit"
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ''}`}
      aria-disabled={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : undefined}
    >
      {children}
    </button>
  )
}
