import { NavLink } from 'react-router'
import type { Role } from '../../lib/api'
import { navItemsFor } from '../nav-items'

export function AppNav({ role }: { role: Role }) {
  const items = navItemsFor(role)
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
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
