import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { RiskTheme } from '../../../lib/api'
import { objectivesQuery, useRiskTheme } from '../api/board-queries'
import { canRaiseUnder, RAISE_CONCERN_HREF } from '../role-of-members'
import { DetailFrame, ReportSource } from './detail-frame'
import { ConcernCount } from './risk-theme-card'
import { SourceNote } from './source-note'
import { SubThemeTags } from './sub-theme-tags'
import { RelatedLinks } from './related-links'
import '../board.scss'

/** `/risks/:id`: one risk theme, its sub-themes, related objectives and the way to raise a concern. */
export function RiskThemeDetailPage() {
  const { id = '' } = useParams()
  return (
    <DetailFrame
      query={useRiskTheme(id)}
      kind="Risk theme"
      back={{ to: '/risks', text: 'All risk themes' }}
      name={(theme) => theme.title}
      pageTitle={(theme) => theme.title}
    >
      {(theme) => <RiskThemeDetail theme={theme} />}
    </DetailFrame>
  )
}

function RiskThemeDetail({ theme }: { theme: RiskTheme }) {
  const objectives = useQuery(objectivesQuery())
  return (
    <article className="app-board-detail" aria-label={`Risk theme ${theme.number}`}>
      <h2 className="app-board-subheading">What the report says</h2>
      <blockquote className="app-board-quote">
        <p>{theme.description}</p>
      </blockquote>
      <SourceNote paragraph={theme.sourceParagraph} />

      {theme.subThemes.length > 0 && (
        <>
          <h2 className="app-board-subheading">Sub-themes</h2>
          <SubThemeTags theme={theme} />
        </>
      )}

      <h2 className="app-board-subheading">Concerns</h2>
      <ConcernCount count={theme.concernCount} />
      {canRaiseUnder(theme.id) && (
        <p className="app-board-detail__action">
          <Link className="govuk-button app-board-detail__button" to={RAISE_CONCERN_HREF}>
            Raise a concern about this
          </Link>
        </p>
      )}

      <RelatedLinks
        heading="Related objectives"
        what="the objectives"
        query={objectives}
        ids={theme.relatedObjectiveIds}
        to={(id) => `/objectives/${id}`}
        title={(objective) => `Objective ${objective.number}: ${objective.shortTitle}`}
        fallback="Objective"
      />

      <ReportSource paragraph={theme.sourceParagraph} section="Future challenges" />
    </article>
  )
}
