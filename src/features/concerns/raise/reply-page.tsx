import { optionsFrom, Radios, Select } from '../../../components/form'
import { objectiveLabel, WANTS_REPLY_LABELS } from '../labels'
import { QuestionPage } from './question-page'

/** `/concerns/new/reply`: whether they want a reply, and the objective it relates to, if any. */
export function ReplyPage() {
  return (
    <QuestionPage path="reply">
      {({ question, reference }) => (
        <>
          <Radios
            {...question('wantsReply')}
            name="wantsReply"
            legend="Do you want a reply from the chair?"
            hint="Whatever you choose, you can follow what happens to it in My concerns."
            options={optionsFrom(WANTS_REPLY_LABELS)}
          />
          <Select
            {...question('objectiveId')}
            labelSize="m"
            label="Does it relate to one of the Board’s objectives? (optional)"
            options={[
              { value: '', label: 'None, or not sure' },
              ...reference.objectives.map((o) => ({ value: o.id, label: objectiveLabel(o) })),
            ]}
          />
        </>
      )}
    </QuestionPage>
  )
}
