import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import type { Objective } from '../../../lib/api'
import { riskThemesQuery, useObjective } from '../api/board-queries'
import { isPercentFigure, PercentFigureChart } from './board-charts'
import { ObjectiveMore } from './objective-more'
import { DetailFrame, ReportSource } from './detail-frame'
import { ParagraphRef } from './source-note'
import { RelatedLinks } from './related-links'
import '../board.scss'

/** `/objectives/:id`: one objective with everything the report says about it. */
export function ObjectiveDetailPage() {
  const { id = '' } = useParams()
  return (
    <DetailFrame
      query={useObjective(id)}
      kind="Objective"
      back={{ to: '/objectives', text: 'All objectives' }}
      name={(objective) => objective.shortTitle}
      pageTitle={(objective) => `Objective ${objective.number}: ${objective.shortTitle}`}
    >
      {(objective) => <ObjectiveDetail objective={objective} />}
    </DetailFrame>
  )
}

function ObjectiveDetail({ objective }: { objective: Objective }) {
  const percentFigures = objective.figures.filter(isPercentFigure)
  const themes = useQuery(riskThemesQuery())
  return (
    <article className="app-board-detail" aria-label={`Objective ${objective.number}`}>
      <p className="govuk-body-l">{objective.summary}</p>
      <ParagraphRef paragraph={objective.sourceParagraph} />

      <ObjectiveMore objective={objective} headingLevel={2} />

      {percentFigures.map((figure) => (
        <PercentFigureChart
          key={figure.id}
          figure={figure}
          heading={`The ${figure.display} figure in a picture`}
          headingLevel={2}
          className="app-board-detail__chart"
        />
      ))}

      <RelatedLinks
        heading="Related risk themes"
        what="the risk themes"
        query={themes}
        ids={objective.relatedRiskThemeIds}
        to={(id) => `/risks/${id}`}
        title={(theme) => `Risk theme ${theme.number}: ${theme.title}`}
        fallback="Risk theme"
      />

      <ReportSource paragraph={objective.sourceParagraph} section="Progress against objectives" />
    </article>
  )
}
