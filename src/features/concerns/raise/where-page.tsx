import { DivisionOptions, Select, TextInput } from '../../../components/form'
import { QuestionPage } from './question-page'

/** `/concerns/new/where`: the division, and where in it in general terms. */
export function WherePage() {
  return (
    <QuestionPage path="where">
      {({ question, textField, reference }) => (
        <>
          <Select
            {...question('divisionId')}
            labelSize="m"
            label="Which division is it in?"
            hint="Your own division is chosen already. You can choose any division in the county."
          >
            <option value="">Choose a division</option>
            <DivisionOptions divisions={reference.divisions} />
          </Select>
          <TextInput
            {...textField('location')}
            labelSize="m"
            label="Where in the division? (optional)"
            hint="In general terms, for example ‘near the town centre’ or ‘on an estate’. Not an address or postcode."
            autoComplete="off"
            spellCheck
          />
        </>
      )}
    </QuestionPage>
  )
}
