import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useSearchParams } from 'react-router'
import { objectivesQuery, riskThemesQuery } from '../api/board-queries'
import { filterObjectives, isFiltering, readFilter } from '../filters'
import { CardGrid } from './card-grid'
import { ObjectiveCard } from './objective-card'
import { ObjectiveFilter } from './objective-filter'
import { Loaded } from './loaded'
import { CardSkeletons } from './query-states'

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
      <Loaded
        query={objectives}
        what="the objectives"
        headingLevel={headingLevel}
        skeletons={
          <>
            {/* Keeps the place of the results count, which arrives with the objectives. */}
            <p className="app-board-results-count" aria-hidden="true">
              {'\u00a0'}
            </p>
            <CardSkeletons count={4} label="Loading the objectives" variant="objective" />
          </>
        }
      >
        {(all) => (
          <Matches
            shown={filterObjectives(all, themes.data ?? [], filter)}
            total={all.length}
            filtering={isFiltering(filter)}
            clearHref={pathname}
            headingLevel={headingLevel}
          />
        )}
      </Loaded>
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
      <p className="app-board-results-count" role="status">
        {filtering
          ? `Showing ${shown.length} of ${total} objectives`
          : `${total} objectives of the 2013-15 Business Plan`}
      </p>
      {shown.length === 0 ? (
        <div className="app-board-empty">
          <p className="app-board-empty__text">No objectives match your filters.</p>
          <p>
            <Link className="govuk-link" to={clearHref}>
              Clear filters
            </Link>{' '}
            to see all {total} objectives.
          </p>
        </div>
      ) : (
        <CardGrid variant="objective" items={shown}>
          {(objective) => <ObjectiveCard objective={objective} headingLevel={headingLevel} />}
        </CardGrid>
      )}
    </>
  )
}
