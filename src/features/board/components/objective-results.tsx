import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useSearchParams } from 'react-router'
import { objectivesQuery, riskThemesQuery } from '../api/board-queries'
import { filterObjectives, isFiltering, readFilter } from '../filters'
import { ObjectiveCard } from './objective-card'
import { ObjectiveFilter } from './objective-filter'
import { CardSkeletons } from './query-states'
import { LoadError } from '../../../components/feedback/load-error'

/** The filter form and the objective cards it selects, with loading, error and empty states. */
export function ObjectiveResults({ headingLevel }: { headingLevel: 2 | 3 }) {
  const objectives = useQuery(objectivesQuery())
  const themes = useQuery(riskThemesQuery())
  const [searchParams] = useSearchParams()
  const { pathname } = useLocation()
  const filter = readFilter(searchParams)

  return (
    <div className="app-objective-results">
      <ObjectiveFilter themes={themes.data} />
      {objectives.isPending ? (
        <>
          {/* Keeps the place of the results count, which arrives with the objectives. */}
          <p className="app-results-count" aria-hidden="true">
            {'\u00a0'}
          </p>
          <CardSkeletons count={4} label="Loading the objectives" variant="objective" />
        </>
      ) : objectives.isError ? (
        <LoadError
          what="the objectives"
          error={objectives.error}
          onRetry={() => void objectives.refetch()}
          retrying={objectives.isFetching}
          headingLevel={headingLevel}
        />
      ) : (
        <Matches
          shown={filterObjectives(objectives.data, themes.data ?? [], filter)}
          total={objectives.data.length}
          filtering={isFiltering(filter)}
          clearHref={pathname}
          headingLevel={headingLevel}
        />
      )}
    </div>
  )
}

function Matches({
  shown,
  total,
  filtering,
  clearHref,
  headingLevel,
}: {
  shown: ReturnType<typeof filterObjectives>
  total: number
  filtering: boolean
  clearHref: string
  headingLevel: 2 | 3
}) {
  return (
    <>
      <p className="app-results-count" role="status">
        {filtering
          ? `Showing ${shown.length} of ${total} objectives`
          : `${total} objectives of the 2013-15 Business Plan`}
      </p>
      {shown.length === 0 ? (
        <div className="app-empty">
          <p className="app-empty__text">No objectives match your filters.</p>
          <p>
            <Link className="govuk-link" to={clearHref}>
              Clear filters
            </Link>{' '}
            to see all {total} objectives.
          </p>
        </div>
      ) : (
        <ul className="app-board-grid app-board-grid--objective">
          {shown.map((objective) => (
            <li key={objective.id} className="app-board-grid__item">
              <ObjectiveCard objective={objective} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
