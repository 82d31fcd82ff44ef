import type { Role } from '../lib/api'

export interface NavItem {
  to: string
  label: string
  /** Who sees the link. */
  roles: readonly Role[]
  /** Current only on this exact path, not on the paths below it. */
  end?: boolean
}

const EVERYONE: readonly Role[] = ['councillor', 'chair']

/**
 * The main navigation. Only pages that exist belong here.
 * Features: add your entries to this list (one line each), in the order they should appear.
 */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'Overview', roles: ['councillor'], end: true },
  // The chair's home (`/`) is the queue, so their overview has its own address.
  { to: '/overview', label: 'Overview', roles: ['chair'] },
  { to: '/objectives', label: 'Objectives', roles: EVERYONE },
  { to: '/risks', label: 'Risk themes', roles: EVERYONE },
  { to: '/concerns/new', label: 'Raise a concern', roles: ['councillor'] },
  // `end`: not also current while raising a concern (/concerns/new is below /concerns).
  { to: '/concerns', label: 'My concerns', roles: ['councillor'], end: true },
  { to: '/review', label: 'Review concerns', roles: ['chair'], end: true },
  { to: '/review/insights', label: 'Insights', roles: ['chair'] },
]

export const navItemsFor = (role: Role): NavItem[] =>
  navItems.filter((item) => item.roles.includes(role))
