import { Link } from 'react-router'
import { OTHER_THEME_ID, type ConcernStats } from '../../../lib/api'
import { plural } from '../labels'
import { queueLinkFor } from './queue-links'
import { formatCount } from '../../../lib/format/count'

/** Three or more in one theme and division within 90 days (decision 0015). */
export const CLUSTER_SIZE = 3

const HEADING = 'Concerns by division and risk theme'

/** "Risk theme 2" for the report's themes (in the report's order), "Something else" for the rest. */
const shortThemeName = (theme: ConcernStats['byTheme'][number], index: number) =>
  theme.themeId === OTHER_THEME_ID ? theme.title : `Risk theme ${index + 1}`

export function clusterTakeaway(stats: ConcernStats): string {
  const names = new Map(stats.byDivision.map((d) => [d.divisionId, d.name]))
  const titles = new Map(stats.byTheme.map((t) => [t.themeId, t.title]))
  const clusters = stats.byThemeAndDivision
    .filter((pair) => pair.last90Days >= CLUSTER_SIZE)
    .sort((a, b) => b.last90Days - a.last90Days)
  if (clusters.length === 0) {
    return `No division has ${CLUSTER_SIZE} or more concerns under one risk theme raised in the last 90 days.`
  }
  const named = clusters
    .slice(0, 3)
    .map(
      (pair) =>
        `“${titles.get(pair.themeId) ?? pair.themeId}” in ${names.get(pair.divisionId) ?? pair.divisionId} (${pair.last90Days})`,
    )
  const more = clusters.length > 3 ? ` and ${plural(clusters.length - 3, 'other')}` : ''
  return `${plural(clusters.length, 'cluster')} of ${CLUSTER_SIZE} or more concerns under one risk theme in one division in the last 90 days: ${named.join(', ')}${more}.`
}

/**
 * Divisions (those with any concern) down, themes across: each count a link to exactly those
 * concerns, and each cluster marked in words as well as colour.
 */
export function ThemeDivisionTable({
  stats,
  range,
}: {
  stats: ConcernStats
  range: { from: string; to: string }
}) {
  const cells = new Map(
    stats.byThemeAndDivision.map((pair) => [`${pair.divisionId} ${pair.themeId}`, pair]),
  )
  const divisions = [...stats.byDivision].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  return (
    <section className="app-review-clusters" aria-labelledby="clusters-heading">
      <h2 id="clusters-heading" className="govuk-heading-m">
        {HEADING}
      </h2>
      <p className="govuk-body">{clusterTakeaway(stats)}</p>
      <ul className="govuk-list">
        {stats.byTheme.map((theme, index) =>
          theme.themeId === OTHER_THEME_ID ? null : (
            <li key={theme.themeId}>
              {shortThemeName(theme, index)}: {theme.title}
            </li>
          ),
        )}
      </ul>
      <div className="app-review-clusters__scroll">
        <table className="govuk-table app-review-clusters__table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {HEADING}. A cluster is {CLUSTER_SIZE} or more concerns in one division and risk theme
            raised in the last 90 days.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Division
              </th>
              {stats.byTheme.map((theme, index) => (
                <th
                  key={theme.themeId}
                  scope="col"
                  className="govuk-table__header govuk-table__header--numeric"
                >
                  {shortThemeName(theme, index)}
                  {theme.themeId !== OTHER_THEME_ID && (
                    <span className="govuk-visually-hidden">: {theme.title}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {divisions.map((division) => (
              <tr key={division.divisionId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {division.name}
                </th>
                {stats.byTheme.map((theme) => {
                  const pair = cells.get(`${division.divisionId} ${theme.themeId}`)
                  const count = pair?.count ?? 0
                  const cluster = (pair?.last90Days ?? 0) >= CLUSTER_SIZE
                  return (
                    <td
                      key={theme.themeId}
                      className={`govuk-table__cell govuk-table__cell--numeric${cluster ? ' app-review-clusters__cluster' : ''}`}
                    >
                      {count === 0 ? (
                        '0'
                      ) : (
                        <Link
                          className="govuk-link app-review-clusters__link"
                          to={queueLinkFor({
                            theme: theme.themeId,
                            division: division.divisionId,
                            ...range,
                          })}
                        >
                          <span aria-hidden="true">{formatCount(count)}</span>
                          <span className="govuk-visually-hidden">
                            {`${plural(count, 'concern')} under ${theme.title} in ${division.name}`}
                          </span>
                        </Link>
                      )}
                      {cluster && (
                        <strong className="app-review-clusters__word">
                          {' '}
                          – cluster, {pair?.last90Days} in 90 days
                        </strong>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
