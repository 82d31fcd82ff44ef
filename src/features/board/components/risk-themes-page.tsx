import { useQuery } from '@tanstack/react-query'
import { useDocumentTitle } from '../../../components/feedback/document-title'
import { riskThemesQuery } from '../api/board-queries'
import { ConcernsByThemeChart } from './board-charts'
import { RiskThemeResults } from './risk-theme-results'
import '../board.scss'

/** `/risks`: the report's future challenges, the themes concerns are raised under. */
export function RiskThemesPage() {
  useDocumentTitle('Risk themes')
  const themes = useQuery(riskThemesQuery())
  return (
    <div className="app-board">
      <h1 className="govuk-heading-l">Risk themes</h1>
      <p className="govuk-body-l app-board__lead">
        The future challenges the report looks ahead to. Raise a concern under the one it belongs
        to.
      </p>
      <RiskThemeResults headingLevel={2} />
      {themes.data && (
        <div className="app-board__section">
          <ConcernsByThemeChart themes={themes.data} headingLevel={2} />
        </div>
      )}
    </div>
  )
}
