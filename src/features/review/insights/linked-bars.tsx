import { Link } from 'react-router'
import { formatCount } from '../../../lib/format/count'

export interface LinkedBar {
  label: string
  count: number
  /** The queue filtered to exactly these concerns; none when no one filter can (e.g. "the rest"). */
  to: string | null
}

/**
 * Counts as a list of bars drawn in HTML: every label in full at body size, every bar a link to
 * the concerns it counts. Categories put the name above its bar, so a long theme takes the width
 * of the chart; months (short names) sit beside theirs.
 */
export function LinkedBars({
  bars,
  label,
  unit,
  layout,
}: {
  bars: readonly LinkedBar[]
  /** The list's name, e.g. "Concerns by risk theme". */
  label: string
  unit: string
  layout: 'stacked' | 'inline'
}) {
  const most = Math.max(1, ...bars.map((bar) => bar.count))
  return (
    <ul className={`app-review-bars app-review-bars--${layout}`} aria-label={label}>
      {bars.map((bar) => {
        // Drawn for the eye; read as one phrase ("Closed: 3 concerns") by a screen reader.
        const content = (
          <>
            <span className="app-review-bars__label" aria-hidden="true">
              {bar.label}
            </span>
            <span className="app-review-bars__measure" aria-hidden="true">
              <span
                className="app-review-bars__bar"
                style={{ width: `${(bar.count * 100) / most}%` }}
              />
              <span className="app-review-bars__count">{formatCount(bar.count)}</span>
            </span>
            <span className="govuk-visually-hidden">
              {`${bar.label}: ${formatCount(bar.count)} ${unit}`}
            </span>
          </>
        )
        return (
          <li key={bar.label} className="app-review-bars__item">
            {bar.to !== null && bar.count > 0 ? (
              <Link className="govuk-link app-review-bars__link" to={bar.to}>
                {content}
              </Link>
            ) : (
              <span className="app-review-bars__link">{content}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
