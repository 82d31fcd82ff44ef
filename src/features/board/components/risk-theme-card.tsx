import { useId } from 'react'
import { Link } from 'react-router'
import type { RiskTheme } from '../../../lib/api'
import { canRaiseUnder, RAISE_CONCERN_HREF } from '../role-of-members'
import { ParagraphRef } from './source-note'
import { SubThemeTags } from './sub-theme-tags'

/** A future challenge from the report, as a theme councillors raise concerns under. */
export function RiskThemeCard({
  theme,
  headingLevel = 3,
}: {
  theme: RiskTheme
  headingLevel?: 2 | 3
}) {
  const titleId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="app-board-card app-board-risk-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="app-board-card__title">
        <span className="app-board-card__eyebrow">Risk theme {theme.number}</span>
        <span className="govuk-visually-hidden">:</span> {theme.title}
      </Heading>
      <p className="app-board-card__summary">{firstSentence(theme.description)}</p>
      <ParagraphRef paragraph={theme.sourceParagraph} />
      <SubThemeTags theme={theme} />
      <ConcernCount count={theme.concernCount} />
      <div className="app-board-card__actions app-board-card__actions--links">
        {canRaiseUnder(theme.id) && (
          <Link className="app-board-card__cta" to={RAISE_CONCERN_HREF}>
            Raise a concern about this
            <span className="govuk-visually-hidden">{`: ${theme.title}`}</span>
          </Link>
        )}
        <Link className="app-board-card__link" to={`/risks/${theme.id}`}>
          Risk theme {theme.number} in full
          <span className="govuk-visually-hidden">{`: ${theme.title}`}</span>
        </Link>
      </div>
    </article>
  )
}

/**
 * The report's own first sentence of the theme: short enough for a card, still its exact words.
 * The theme's page quotes the whole paragraph.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z‘'"“])/.exec(text)
  return end ? text.slice(0, end.index + 1) : text
}

/** The count comes from this app's server, not the report, so it carries no report paragraph. */
export function ConcernCount({ count }: { count: number }) {
  return (
    <p className="app-board-concern-count">
      <strong className="app-board-concern-count__value">{count}</strong>{' '}
      {count === 1 ? 'concern' : 'concerns'} raised under this theme in this app
    </p>
  )
}
