import type { RiskTheme } from '../../../lib/api'

/** Sub-themes as GOV.UK tags: labels to scan, not links or buttons. */
export function SubThemeTags({ theme }: { theme: RiskTheme }) {
  if (theme.subThemes.length === 0) return null
  return (
    <ul className="app-board-tag-list" aria-label={`Sub-themes of ${theme.title}`}>
      {theme.subThemes.map((subTheme) => (
        <li key={subTheme.id} className="app-board-tag-list__item">
          <strong className="govuk-tag govuk-tag--grey app-board-tag">{subTheme.label}</strong>
        </li>
      ))}
    </ul>
  )
}
