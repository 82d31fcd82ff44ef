import { useQuery } from '@tanstack/react-query'
import type { Objective } from '../../../lib/api'
import { objectivesQuery } from '../api/board-queries'
import { CardGrid } from './card-grid'
import { ObjectiveCard } from './objective-card'
import { Loaded } from './loaded'
import { CardSkeletons, SourcePlaceholder } from './query-states'
import { SectionSource } from './source-note'

/**
 * The four objective cards, under one line naming the paragraphs they come from, with loading and
 * error states. Four cards need no filter: they fit on a screen or two.
 */
export function ObjectiveResults({ headingLevel }: { headingLevel: 2 | 3 }) {
  return (
    <Loaded
      query={useQuery(objectivesQuery())}
      what="the objectives"
      headingLevel={headingLevel}
      skeletons={
        <>
          <SourcePlaceholder />
          <CardSkeletons count={4} label="Loading the objectives" variant="objective" />
        </>
      }
    >
      {(objectives) => (
        <>
          <SectionSource paragraphs={objectives.flatMap(paragraphsOf)} />
          <CardGrid variant="objective" items={objectives}>
            {(objective) => <ObjectiveCard objective={objective} headingLevel={headingLevel} />}
          </CardGrid>
        </>
      )}
    </Loaded>
  )
}

/** Every paragraph an objective's facts come from: its own, and its figures', progress' and evidence's. */
export const paragraphsOf = (objective: Objective): number[] => [
  objective.sourceParagraph,
  ...objective.figures.map((figure) => figure.sourceParagraph),
  ...objective.progress.map((item) => item.sourceParagraph),
  ...objective.evidence.map((evidence) => evidence.sourceParagraph),
]
