import { Navigate } from 'react-router'
import { useRaiseConcern } from './raise-concern-context'
import { CHECK_PATH, firstUnanswered, stepHref } from './steps'
import { WithReferenceData } from './with-reference-data'

/**
 * `/concerns/new/continue`: where answers pick up (a resumed draft, a concern back from the
 * server): the first page not yet answered, or check answers when all are.
 */
export function ResumeAnswers() {
  const { answers } = useRaiseConcern()
  return (
    <WithReferenceData
      title="Loading your answers"
      what="the lists this form needs"
      loading="Loading the form"
    >
      {(reference) => {
        const missing = firstUnanswered(answers, reference)
        return <Navigate to={missing ? stepHref(missing.path) : CHECK_PATH} replace />
      }}
    </WithReferenceData>
  )
}
