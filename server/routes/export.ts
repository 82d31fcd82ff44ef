import { Hono } from 'hono'
import * as vocabulary from '../../src/domain/concern/vocabulary'
import { concernCsvWriter, CSV_HEAD, csvHeaders } from '../../src/lib/backend/concern-csv'
import { parseListQuery } from '../../src/lib/backend/list-query'
import { exportPages } from '../db/concern-export'
import type { AppEnv } from '../http/env'
import { requireRole, requireUser } from '../http/request'

const writeRecord = concernCsvWriter(vocabulary)

/**
 * GET /concerns/export.csv (decision 0015): the list's filters and sort, every concern, streamed.
 * The body is pulled: the next page is read only when the last has gone out, so however many
 * concerns match, the server holds one page of them.
 */
export function exportRoutes() {
  return new Hono<AppEnv>().get('/concerns/export.csv', (c) => {
    const user = requireRole(requireUser(c), 'chair')
    // Bad filters are a 400 before anything is sent.
    const query = parseListQuery(new URL(c.req.url).searchParams)
    const pages = exportPages(c.get('database').db, user, query)
    const encoder = new TextEncoder()
    let headSent = false
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!headSent) {
          headSent = true
          controller.enqueue(encoder.encode(CSV_HEAD))
          return
        }
        const next = await pages.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value.map(writeRecord).join('')))
      },
      async cancel() {
        await pages.return(undefined)
      },
    })
    return c.body(body, 200, csvHeaders(c.get('now')()))
  })
}
