import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { NotFoundPage } from '../../../components/feedback/status-pages'
import type { Objective, RiskTheme } from '../../../lib/api'
import { objectivesQuery, useRiskTheme } from '../api/board-queries'
import { raiseConcernHref } from '../role-of-members'
import { CardSkeletons } from './query-states'
import { ConcernCount } from './risk-theme-card'
import { PageTitle } from '../../../components/feedback/page-title'
import { SourceNote } from './source-note'
import { SubThemeTags } from './sub-theme-tags'
import { LoadError, isNotFound } from '../../../components/feedback/load-error'
import '../board.scss'

/** `/risks/:id`: one risk theme, its sub-themes, related objectives and the way to raise a concern. */
export function RiskThemeDetailPage() {
  const { id = '' } = useParams()
  const theme = useRiskTheme(id)
  const title = theme.data ? theme.data.title : 'Risk theme'

  if (theme.isError && isNotFound(theme.error)) return <NotFoundPage />
  return (
    <div className="app-board">
      <PageTitle text={title} />
      <Link className="govuk-back-link app-board__back" to="/risks">
        All risk themes
      </Link>
      {/* One h1 throughout, so focus placed on it after navigation stays put as data arrives. */}
      <h1 className="govuk-heading-l">
        {theme.data ? (
          <>
            <span className="govuk-caption-l">Risk theme {theme.data.number}</span>
            {theme.data.title}
          </>
        ) : (
          'Risk theme'
        )}
      </h1>
      {theme.isPending ? (
        <CardSkeletons count={1} label="Loading the risk theme" variant="detail" />
      ) : theme.isError ? (
        <LoadError
          what="this risk theme"
          error={theme.error}
          onRetry={() => void theme.refetch()}
          retrying={theme.isFetching}
        />
      ) : (
        <RiskThemeDetail theme={theme.data} />
      )}
    </div>
  )
}

function RiskThemeDetail({ theme }: { theme: RiskTheme }) {
  return (
    <article className="app-board-detail" aria-label={`Risk theme ${theme.number}`}>
      <h2 className="app-board-subheading">What the report says</h2>
      <blockquote className="app-quote">
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
      <p className="app-board-detail__action">
        <Link className="govuk-button app-board-detail__button" to={raiseConcernHref(theme.id)}>
          Raise a concern about this
        </Link>
      </p>

      <RelatedObjectives ids={theme.relatedObjectiveIds} />

      <h2 className="app-board-subheading">Where this comes from</h2>
      <p className="govuk-body">
        Paragraph {theme.sourceParagraph} of the Cabinet report of 21 October 2014 on the
        Oxfordshire Safeguarding Children Board’s annual report for 2013-14, under “Future
        challenges”.
      </p>
    </article>
  )
}

function RelatedObjectives({ ids }: { ids: readonly string[] }) {
  const objectives = useQuery(objectivesQuery())
  if (ids.length === 0) return null
  return (
    <section aria-labelledby="related-objectives">
      <h2 id="related-objectives" className="app-board-subheading">
        Related objectives
      </h2>
      {objectives.isError ? (
        <LoadError
          what="the objectives"
          error={objectives.error}
          onRetry={() => void objectives.refetch()}
          retrying={objectives.isFetching}
          headingLevel={3}
        />
      ) : (
        <ul className="app-link-list">
          {ids.map((id) => (
            <li key={id}>
              <Link className="govuk-link app-link-target" to={`/objectives/${id}`}>
                {objectiveTitle(objectives.data, id)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const objectiveTitle = (objectives: readonly Objective[] | undefined, id: string): string => {
  const objective = objectives?.find((candidate) => candidate.id === id)
  return objective ? `Objective ${objective.number}: ${objective.shortTitle}` : 'Objective'
}
