import { useDocumentTitle } from '../../../components/feedback/document-title'
import { ObjectiveResults } from './objective-results'
import '../board.scss'

/** `/objectives`: the four objectives of the Business Plan, each opening in place. */
export function ObjectivesPage() {
  useDocumentTitle('Objectives')
  return (
    <div className="app-board">
      <h1 className="govuk-heading-l">Objectives</h1>
      <p className="govuk-body-l app-board__lead">
        The objectives of the Board’s 2013-15 Business Plan and the progress made against them.
      </p>
      <ObjectiveResults headingLevel={2} />
    </div>
  )
}
