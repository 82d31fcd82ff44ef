import { useQuery } from '@tanstack/react-query'
import { riskThemesQuery } from '../api/board-queries'
import { CardSkeletons } from './query-states'
import { RiskThemeCard } from './risk-theme-card'
import { LoadError } from '../../../components/feedback/load-error'

/** The three risk themes as cards, with loading and error states. */
export function RiskThemeResults({ headingLevel }: { headingLevel: 2 | 3 }) {
  const themes = useQuery(riskThemesQuery())
  if (themes.isPending) {
    return <CardSkeletons count={3} label="Loading the risk themes" variant="risk" />
  }
  if (themes.isError) {
    return (
      <LoadError
        what="the risk themes"
        error={themes.error}
        onRetry={() => void themes.refetch()}
        retrying={themes.isFetching}
        headingLevel={headingLevel}
      />
    )
  }
  return (
    <ul className="app-board-grid app-board-grid--risk">
      {themes.data.map((theme) => (
        <li key={theme.id} className="app-board-grid__item">
          <RiskThemeCard theme={theme} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
