import type { ReactNode } from 'react'

/** Cards in the board's responsive grid, one list item each (the skeletons take the same grid). */
export function CardGrid<T extends { id: string }>({
  variant,
  items,
  children,
}: {
  variant: 'objective' | 'risk' | 'figure'
  items: readonly T[]
  children: (item: T) => ReactNode
}) {
  return (
    <ul className={`app-board-grid app-board-grid--${variant}`}>
      {items.map((item) => (
        <li key={item.id} className="app-board-grid__item">
          {children(item)}
        </li>
      ))}
    </ul>
  )
}
