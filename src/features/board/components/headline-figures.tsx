import { useQuery } from '@tanstack/react-query'
import { objectivesQuery } from '../api/board-queries'
import { CardGrid } from './card-grid'
import { FigureTile } from './figure-text'
import { Loaded } from './loaded'
import { CardSkeletons, SourcePlaceholder } from './query-states'
import { SectionSource } from './source-note'

/** Every figure the report gives for the objectives, large, in the report's order. */
export function HeadlineFigures() {
  return (
    <Loaded
      query={useQuery(objectivesQuery())}
      what="the headline figures"
      headingLevel={3}
      skeletons={
        <>
          <SourcePlaceholder />
          <CardSkeletons count={4} label="Loading the headline figures" variant="figure" />
        </>
      }
    >
      {(objectives) => {
        const figures = objectives.flatMap((objective) => objective.figures)
        return (
          <>
            <SectionSource paragraphs={figures.map((figure) => figure.sourceParagraph)} />
            <CardGrid variant="figure" items={figures}>
              {(figure) => <FigureTile figure={figure} />}
            </CardGrid>
          </>
        )
      }}
    </Loaded>
  )
}
