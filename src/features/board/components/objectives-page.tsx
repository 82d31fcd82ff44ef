import { useDocumentTitle } from '../../../components/feedback/document-title'
import { ObjectiveResults } from './objective-results'
import { SourceNote } from './source-note'
import '../board.scss'

/** `/objectives`: all four objectives, filterable by keyword and related risk theme. */
export function ObjectivesPage() {
  useDocumentTitle('Objectives')
  return (
    <div className="app-board">
      <h1 className="govuk-heading-l">Objectives</h1>
      <p className="govuk-body-l app-board__lead">
        The objectives of the Board’s 2013-15 Business Plan and the progress made against them.
      </p>
      <SourceNote paragraph={3} />
      <ObjectiveResults headingLevel={2} />
    </div>
  )
}
