import { optionsFrom, Radios } from '../../../components/form'
import { ALREADY_REPORTED_LABELS } from '../labels'
import { QuestionPage } from './question-page'

/** `/concerns/new/reported`: whether the MASH or the police know already. */
export function ReportedPage() {
  return (
    <QuestionPage path="reported">
      {({ question }) => (
        <Radios
          {...question('alreadyReported')}
          name="alreadyReported"
          legend={
            <span className="govuk-visually-hidden">
              Has it already been reported to the MASH or the police?
            </span>
          }
          options={optionsFrom(ALREADY_REPORTED_LABELS)}
        />
      )}
    </QuestionPage>
  )
}
