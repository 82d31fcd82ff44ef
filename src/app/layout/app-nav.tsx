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
        {items.map((item) => {
          const counted = countedLabel(item, unread)
          return (
            <li className="app-nav__item" key={item.to}>
              <NavLink
                to={item.to}
                end={item.end ?? false}
                className={({ isActive }) =>
                  `app-nav__link${isActive ? ' app-nav__link--current' : ''}`
                }
                aria-label={counted?.spoken}
              >
                {item.label}
                {counted && (
                  <span className="app-nav__count" aria-hidden="true">
                    {counted.shown}
                  </span>
                )}
              </NavLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/**
 * A count on "My concerns" while replies from the chair are unopened, read out as "My concerns, 1
 * unread reply": a bare number says nothing to someone who cannot see the page. A label, not
 * hidden text: browsers put a space before hidden text in a name ("My concerns , 1 …").
 */
function countedLabel(item: NavItem, unread: number): { shown: string; spoken: string } | null {
  if (item.to !== '/concerns' || unread === 0) return null
  return {
    shown: String(unread),
    spoken: `${item.label}, ${unread} unread ${unread === 1 ? 'reply' : 'replies'}`,
  }
}
