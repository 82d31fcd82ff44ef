import { NavLink } from 'react-router'
import type { Role } from '../../lib/api'
import { useUnreadReplies } from '../../features/concerns'
import { navItemsFor, type NavItem } from '../nav-items'

export function AppNav({ role }: { role: Role }) {
  const items = navItemsFor(role)
  const unread = useUnreadReplies(role)
  if (items.length === 0) return null
  return (
    <nav className="app-nav" aria-label="Main">
      <ul className="app-nav__list app-width-container">
        {items.map((item) => (
          <li className="app-nav__item" key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className={({ isActive }) =>
                `app-nav__link${isActive ? ' app-nav__link--current' : ''}`
              }
            >
              <NavLabel item={item} unread={unread} />
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * "My concerns (1)" while replies from the chair are unopened. Read out as "My concerns, 1 unread
 * reply": a bare number in brackets says nothing to someone who cannot see the page.
 */
function NavLabel({ item, unread }: { item: NavItem; unread: number }) {
  if (item.to !== '/concerns' || unread === 0) return <>{item.label}</>
  return (
    <>
      {item.label}
      <span aria-hidden="true"> ({unread})</span>
      <span className="govuk-visually-hidden">
        , {unread} unread {unread === 1 ? 'reply' : 'replies'}
      </span>
    </>
  )
}
