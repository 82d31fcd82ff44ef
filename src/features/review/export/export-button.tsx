import { useEffect, useRef, useState } from 'react'
import { fetchWholeQueue } from './export-queue'
import { CSV_MEDIA_TYPE, queueCsv, queueCsvFileName } from './csv'
import { plural, type Names } from '../labels'
import type { QueueView } from '../worklist/worklist-view'
import { describeError } from '../../../components/feedback/load-error'

type ExportState =
  | { step: 'idle' }
  | { step: 'working'; fetched: number; total: number }
  | { step: 'done'; fileName: string; url: string; count: number }
  | { step: 'failed'; reason: string }

/**
 * Downloads the queue as it is filtered and sorted — every page, not only the one on screen — as
 * a CSV file for board papers.
 */
export function ExportButton({
  view,
  total,
  names,
}: {
  view: QueueView
  total: number | undefined
  names: Names
}) {
  const [state, setState] = useState<ExportState>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)

  // A new view means a new file; the object URL of the old one is released.
  const url = state.step === 'done' ? state.url : null
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url)
    },
    [url],
  )
  useEffect(() => () => controller.current?.abort(), [])

  const start = async () => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setState({ step: 'working', fetched: 0, total: total ?? 0 })
    try {
      const items = await fetchWholeQueue(
        { ...view, page: 1 },
        {
          signal: abort.signal,
          onProgress: (progress) => setState({ step: 'working', ...progress }),
        },
      )
      const blob = new Blob([queueCsv(items, names)], { type: CSV_MEDIA_TYPE })
      const fileName = queueCsvFileName()
      const href = URL.createObjectURL(blob)
      setState({ step: 'done', fileName, url: href, count: items.length })
      const link = document.createElement('a')
      link.href = href
      link.download = fileName
      link.click()
    } catch (error) {
      if (abort.signal.aborted) return
      setState({ step: 'failed', reason: describeError(error) })
    }
  }

  const working = state.step === 'working'
  return (
    <div className="app-review-export">
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-review-export__button"
        onClick={working ? undefined : () => void start()}
        aria-disabled={working || total === 0 || undefined}
        disabled={total === 0}
      >
        {total === undefined ? 'Download as CSV' : `Download as CSV (${plural(total, 'concern')})`}
      </button>
      <p className="govuk-body-s app-review-export__status" role="status">
        {state.step === 'working' &&
          `Preparing the file: ${state.fetched.toLocaleString('en-GB')} of ${state.total.toLocaleString('en-GB')} concerns…`}
        {state.step === 'done' && (
          <>
            Downloaded {plural(state.count, 'concern')}.{' '}
            <a className="govuk-link" href={state.url} download={state.fileName}>
              Save {state.fileName} again
            </a>
          </>
        )}
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
