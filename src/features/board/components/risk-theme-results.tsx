import { useQuery } from '@tanstack/react-query'
import { riskThemesQuery } from '../api/board-queries'
import { CardGrid } from './card-grid'
import { Loaded } from './loaded'
import { CardSkeletons } from './query-states'
import { RiskThemeCard } from './risk-theme-card'

/** The three risk themes as cards, with loading and error states. */
export function RiskThemeResults({ headingLevel }: { headingLevel: 2 | 3 }) {
  return (
    <Loaded
      query={useQuery(riskThemesQuery())}
      what="the risk themes"
      headingLevel={headingLevel}
      skeletons={<CardSkeletons count={3} label="Loading the risk themes" variant="risk" />}
    >
      {(themes) => (
        <CardGrid variant="risk" items={themes}>
          {(theme) => <RiskThemeCard theme={theme} headingLevel={headingLevel} />}
        </CardGrid>
      )}
    </Loaded>
  )
}
