import { Link } from 'react-router'

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="govuk-back-link app-concerns__back" to={to}>
      {children}
    </Link>
  )
}
