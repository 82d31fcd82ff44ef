import { CharacterCount, TextInput } from '../../../components/form'
import { CONCERN_LIMITS, CONCERN_TEXT } from '../../../lib/api'
import { WhyPersonalDataMatters } from './personal-data-warning'
import { QuestionPage } from './question-page'

/** `/concerns/new/what`: a title, and what they noticed, with what may identify someone marked. */
export function WhatPage() {
  return (
    <QuestionPage path="what" intro={<WhyPersonalDataMatters />}>
      {({ textField }) => (
        <>
          <TextInput
            {...textField('title')}
            labelSize="m"
            label="Give it a short title"
            hint="For example, ‘Teenagers gathering near the station late at night’"
            autoComplete="off"
            spellCheck
          />
          <CharacterCount
            {...textField('details')}
            labelSize="m"
            label={CONCERN_TEXT.details.what}
            hint="What you saw or were told, where and when it tends to happen, and how often. Describe the situation, not the people."
            // Four lines, not five: with the navigation on two lines (a count of unread replies
            // wraps it at 768 px), five put Continue below a portrait tablet's first screen.
            rows={4}
            maxLength={CONCERN_LIMITS.detailsMax}
          />
        </>
      )}
    </QuestionPage>
  )
}
