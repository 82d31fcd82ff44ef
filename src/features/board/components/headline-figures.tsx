import { useQuery } from '@tanstack/react-query'
import { objectivesQuery } from '../api/board-queries'
import { CardGrid } from './card-grid'
import { FigureTile } from './figure-text'
import { Loaded } from './loaded'
import { CardSkeletons } from './query-states'

/** Every figure the report gives for the objectives, large, in the report's order. */
export function HeadlineFigures() {
  return (
    <Loaded
      query={useQuery(objectivesQuery())}
      what="the headline figures"
      headingLevel={3}
      skeletons={<CardSkeletons count={4} label="Loading the headline figures" variant="figure" />}
    >
      {(objectives) => (
        <CardGrid variant="figure" items={objectives.flatMap((objective) => objective.figures)}>
          {(figure) => <FigureTile figure={figure} />}
        </CardGrid>
      )}
    </Loaded>
  )
}
