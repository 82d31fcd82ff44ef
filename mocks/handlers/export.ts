import { http, HttpResponse } from 'msw'
import * as vocabulary from '../../src/domain/concern/vocabulary'
import { concernCsvWriter, csvHeaders, CSV_HEAD } from '../../src/lib/backend/concern-csv'
import { hasFlag } from '../../src/lib/backend/flags'
import { matchesFilters, parseListQuery, SORTERS } from './concern-query'
import { API, requireRole, requireUser, route, type GetStore } from './context'

const writeRecord = concernCsvWriter(vocabulary)

/**
 * GET /concerns/export.csv (decision 0015): the chair's list under the same filters and sort, every
 * page, as one CSV text. The server streams it; in the mock it is small enough to build whole.
 */
export const exportHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/concerns/export.csv`,
    route(getStore, ({ store, url }) => {
      requireRole(requireUser(store), 'chair')
      const query = parseListQuery(url.searchParams)
      const rows = store.data.concerns
        .filter(
          (concern) =>
            matchesFilters(concern, query) &&
            (query.statuses.length === 0 || query.statuses.includes(concern.status)) &&
            (query.flag === undefined || hasFlag(concern, query.flag)),
        )
        .sort(SORTERS[query.sort])
      return new HttpResponse(CSV_HEAD + rows.map(writeRecord).join(''), {
        status: 200,
        headers: csvHeaders(store.now()),
      })
    }),
  ),
]
