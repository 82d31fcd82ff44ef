import { useQuery } from '@tanstack/react-query'
import { riskThemesQuery } from '../api/board-queries'
import { CardGrid } from './card-grid'
import { Loaded } from './loaded'
import { CardSkeletons, SourcePlaceholder } from './query-states'
import { RiskThemeCard } from './risk-theme-card'
import { SectionSource } from './source-note'

/** The three risk themes as cards, under one line naming their paragraphs, with loading and error states. */
export function RiskThemeResults({ headingLevel }: { headingLevel: 2 | 3 }) {
  return (
    <Loaded
      query={useQuery(riskThemesQuery())}
      what="the risk themes"
      headingLevel={headingLevel}
      skeletons={
        <>
          <SourcePlaceholder />
          <CardSkeletons count={3} label="Loading the risk themes" variant="risk" />
        </>
      }
    >
      {(themes) => (
        <>
          <SectionSource paragraphs={themes.map((theme) => theme.sourceParagraph)} />
          <CardGrid variant="risk" items={themes}>
            {(theme) => <RiskThemeCard theme={theme} headingLevel={headingLevel} />}
          </CardGrid>
        </>
      )}
    </Loaded>
  )
}
