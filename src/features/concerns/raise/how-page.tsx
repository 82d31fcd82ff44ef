import { optionsFrom, Radios } from '../../../components/form'
import { SOURCE_LABELS } from '../labels'
import { QuestionPage } from './question-page'

/** `/concerns/new/how`: how they came to know. The h1 asks it; the legend says it again, unseen. */
export function HowPage() {
  return (
    <QuestionPage path="how">
      {({ question }) => (
        <Radios
          {...question('source')}
          name="source"
          legend={<span className="govuk-visually-hidden">How did you come to know about it?</span>}
          options={optionsFrom(SOURCE_LABELS)}
        />
      )}
    </QuestionPage>
  )
}
