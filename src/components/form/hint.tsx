import type { ReactNode } from 'react'
import { isGiven } from './described-by'

export function Hint({
  id,
  className = '',
  children,
}: {
  id: string
  className?: string
  children: ReactNode
}) {
  if (!isGiven(children)) return null
  return (
    <div id={id} className={`govuk-hint ${className}`.trim()}>
      {children}
    </div>
  )
}
