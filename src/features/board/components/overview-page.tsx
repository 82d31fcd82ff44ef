import { useQuery } from '@tanstack/react-query'
import { useDocumentTitle } from '../../../components/feedback/document-title'
import { useSession } from '../../../lib/query'
import { objectivesQuery, riskThemesQuery } from '../api/board-queries'
import { PercentFigureChart, ConcernsByThemeChart, isPercentFigure } from './board-charts'
import { HeadlineFigures } from './headline-figures'
import { ObjectiveResults } from './objective-results'
import { RiskThemeResults } from './risk-theme-results'
import { MainAction } from './role-of-members'
import '../board.scss'

/**
 * `/`: the Board's year at a glance. The reader's main action comes first, on the first screen of
 * a tablet held either way; then the figures, objectives, risk themes and pictures, each section
 * naming its paragraphs of the report once.
 */
export function OverviewPage() {
  useDocumentTitle('Overview')
  const role = useSession().data?.role
  return (
    <div className="app-board">
      <h1 className="govuk-heading-l app-board__title">The Board’s year at a glance</h1>
      <p className="govuk-body-l app-board__lead">
        The Board’s progress against its 2013-15 Business Plan and the challenges ahead, from the
        Cabinet report of 21 October 2014.
      </p>

      {role && <MainAction role={role} />}

      <section className="app-board__section" aria-labelledby="overview-figures">
        <h2 id="overview-figures" className="govuk-heading-m">
          Headline figures
        </h2>
        <HeadlineFigures />
      </section>

      <section className="app-board__section" aria-labelledby="overview-objectives">
        <h2 id="overview-objectives" className="govuk-heading-m">
          Objectives
        </h2>
        <ObjectiveResults headingLevel={3} />
      </section>

      <section className="app-board__section" aria-labelledby="overview-risks">
        <h2 id="overview-risks" className="govuk-heading-m">
          Risk themes: the challenges ahead
        </h2>
        <RiskThemeResults headingLevel={3} />
      </section>

      <OverviewCharts />
    </div>
  )
}

function OverviewCharts() {
  const objectives = useQuery(objectivesQuery())
  const themes = useQuery(riskThemesQuery())
  const percent = objectives.data?.flatMap((o) => o.figures).find(isPercentFigure)
  if (!percent && !themes.data) return null
  return (
    <section className="app-board__section" aria-labelledby="overview-pictures">
      <h2 id="overview-pictures" className="govuk-heading-m">
        In pictures
      </h2>
      <div className="app-board-grid app-board-grid--chart">
        {percent && (
          <PercentFigureChart figure={percent} heading="Under 5s in children’s centre activity" />
        )}
        {themes.data && <ConcernsByThemeChart themes={themes.data} />}
      </div>
    </section>
  )
}
