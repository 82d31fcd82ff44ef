import { useQuery } from '@tanstack/react-query'
import { objectivesQuery } from '../api/board-queries'
import { FigureTile } from './figure-text'
import { CardSkeletons } from './query-states'
import { LoadError } from '../../../components/feedback/load-error'

/** Every figure the report gives for the objectives, large, in the report's order. */
export function HeadlineFigures() {
  const objectives = useQuery(objectivesQuery())
  if (objectives.isPending) {
    return <CardSkeletons count={4} label="Loading the headline figures" variant="figure" />
  }
  if (objectives.isError) {
    return (
      <LoadError
        what="the headline figures"
        error={objectives.error}
        onRetry={() => void objectives.refetch()}
        retrying={objectives.isFetching}
        headingLevel={3}
      />
    )
  }
  const figures = objectives.data.flatMap((objective) => objective.figures)
  return (
    <ul className="app-board-grid app-board-grid--figure">
      {figures.map((figure) => (
        <li key={figure.id} className="app-board-grid__item">
          <FigureTile figure={figure} />
        </li>
      ))}
    </ul>
  )
}
