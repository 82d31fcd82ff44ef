import { optionsFrom, Radios } from '../../../components/form'
import { ALREADY_REPORTED_LABELS, SOURCE_LABELS } from '../labels'
import { QuestionPage } from './question-page'

/** `/concerns/new/how`: how they came to know, and whether it is already reported. */
export function HowPage() {
  return (
    <QuestionPage path="how">
      {({ question }) => (
        <>
          <Radios
            {...question('source')}
            name="source"
            legend="How did you come to know about it?"
            options={optionsFrom(SOURCE_LABELS)}
          />
          <Radios
            {...question('alreadyReported')}
            name="alreadyReported"
            legend="Has it already been reported to the MASH or the police?"
            options={optionsFrom(ALREADY_REPORTED_LABELS)}
          />
        </>
      )}
    </QuestionPage>
  )
}
