import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { NotFoundPage } from '../../../components/feedback/status-pages'
import type { Objective, RiskTheme } from '../../../lib/api'
import { riskThemesQuery, useObjective } from '../api/board-queries'
import { isPercentFigure, PercentFigureChart } from './board-charts'
import { ObjectiveMore } from './objective-more'
import { CardSkeletons } from './query-states'
import { PageTitle } from '../../../components/feedback/page-title'
import { SourceNote } from './source-note'
import { LoadError, isNotFound } from '../../../components/feedback/load-error'
import '../board.scss'

/** `/objectives/:id`: one objective with everything the report says about it. */
export function ObjectiveDetailPage() {
  const { id = '' } = useParams()
  const objective = useObjective(id)
  const title = objective.data
    ? `Objective ${objective.data.number}: ${objective.data.shortTitle}`
    : 'Objective'

  if (objective.isError && isNotFound(objective.error)) return <NotFoundPage />
  return (
    <div className="app-board">
      <PageTitle text={title} />
      <Link className="govuk-back-link app-board__back" to="/objectives">
        All objectives
      </Link>
      {/* One h1 throughout, so focus placed on it after navigation stays put as data arrives. */}
      <h1 className="govuk-heading-l">
        {objective.data ? (
          <>
            <span className="govuk-caption-l">Objective {objective.data.number}</span>
            {objective.data.shortTitle}
          </>
        ) : (
          'Objective'
        )}
      </h1>
      {objective.isPending ? (
        <CardSkeletons count={1} label="Loading the objective" variant="detail" />
      ) : objective.isError ? (
        <LoadError
          what="this objective"
          error={objective.error}
          onRetry={() => void objective.refetch()}
          retrying={objective.isFetching}
        />
      ) : (
        <ObjectiveDetail objective={objective.data} />
      )}
    </div>
  )
}

function ObjectiveDetail({ objective }: { objective: Objective }) {
  const percentFigures = objective.figures.filter(isPercentFigure)
  return (
    <article className="app-board-detail" aria-label={`Objective ${objective.number}`}>
      <p className="govuk-body-l">{objective.summary}</p>
      <SourceNote paragraph={objective.sourceParagraph} />

      <ObjectiveMore objective={objective} headingLevel={2} />

      {percentFigures.map((figure) => (
        <PercentFigureChart
          key={figure.id}
          figure={figure}
          heading={`The ${figure.display} figure in a picture`}
          headingLevel={2}
          className="govuk-!-margin-top-6"
        />
      ))}

      <RelatedRiskThemes ids={objective.relatedRiskThemeIds} />

      <h2 className="app-board-subheading">Where this comes from</h2>
      <p className="govuk-body">
        Paragraph {objective.sourceParagraph} of the Cabinet report of 21 October 2014 on the
        Oxfordshire Safeguarding Children Board’s annual report for 2013-14, under “Progress against
        objectives”.
      </p>
    </article>
  )
}

function RelatedRiskThemes({ ids }: { ids: readonly string[] }) {
  const themes = useQuery(riskThemesQuery())
  if (ids.length === 0) return null
  return (
    <section aria-labelledby="related-risk-themes">
      <h2 id="related-risk-themes" className="app-board-subheading">
        Related risk themes
      </h2>
      {themes.isError ? (
        <LoadError
          what="the risk themes"
          error={themes.error}
          onRetry={() => void themes.refetch()}
          retrying={themes.isFetching}
          headingLevel={3}
        />
      ) : (
        <ul className="app-link-list">
          {ids.map((id) => (
            <li key={id}>
              <Link className="govuk-link app-link-target" to={`/risks/${id}`}>
                {themeTitle(themes.data, id)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const themeTitle = (themes: readonly RiskTheme[] | undefined, id: string): string => {
  const theme = themes?.find((candidate) => candidate.id === id)
  return theme ? `Risk theme ${theme.number}: ${theme.title}` : 'Risk theme'
}
