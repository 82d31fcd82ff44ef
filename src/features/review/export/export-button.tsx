import { useEffect, useRef, useState } from 'react'
import { apiDownload, buildUrl } from '../../../lib/api'
import { USES_MOCK_API } from '../../../lib/env'
import { describeError } from '../../../components/feedback/load-error'
import { requestQuery } from '../api/review-queries'
import { plural } from '../labels'
import { toConcernQuery, type QueueView } from '../worklist/worklist-view'

const EXPORT_PATH = '/concerns/export.csv'

/** The view's filters and sort, without paging: the file holds every concern in the view. */
const exportQuery = (view: QueueView) => ({
  ...requestQuery(toConcernQuery(view)),
  page: undefined,
  pageSize: undefined,
})

type MockDownload =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; count: number }
  | { step: 'failed'; reason: string }

/**
 * Downloads the queue as it is filtered and sorted, every concern in it, as CSV for board papers
 * (decision 0015). A link to the server's export, which the browser saves as it streams in; the
 * demo's mock lives in the page, where a link cannot reach it, so there the file is fetched and
 * handed to the browser instead.
 */
export function ExportButton({ view, total }: { view: QueueView; total: number | undefined }) {
  const [state, setState] = useState<MockDownload>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  if (total === undefined || total === 0) return null
  const query = exportQuery(view)
  const label = `Download ${plural(total, 'concern')} as CSV`

  const saveFromMock = async () => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setState({ step: 'working' })
    try {
      const { blob, fileName } = await apiDownload(EXPORT_PATH, { query, signal: abort.signal })
      const href = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = href
      link.download = fileName ?? 'concerns.csv'
      link.click()
      // The browser has taken the file; the object URL is not needed again.
      setTimeout(() => URL.revokeObjectURL(href), 0)
      setState({ step: 'done', count: total })
    } catch (error) {
      if (!abort.signal.aborted) setState({ step: 'failed', reason: describeError(error) })
    }
  }

  return (
    <div className="app-review-export">
      <a
        className="govuk-button govuk-button--secondary app-review-export__button"
        href={buildUrl(EXPORT_PATH, query)}
        download
        onClick={
          USES_MOCK_API
            ? (event) => {
                event.preventDefault()
                if (state.step !== 'working') void saveFromMock()
              }
            : undefined
        }
      >
        {label}
      </a>
      <p className="govuk-body-s app-review-export__status" role="status">
        {state.step === 'working' && 'Preparing the file…'}
        {state.step === 'done' && `Downloaded ${plural(state.count, 'concern')}.`}
      </p>
      {state.step === 'failed' && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The file could not be prepared.{' '}
          {state.reason}
        </p>
      )}
    </div>
  )
}
