import { useEffect, useState } from 'react'
import { PUBLIC_PHONE_NUMBERS } from '../../../lib/config/safeguarding-contacts'
import { TEXT_FIELDS, type Answers, type TextField } from '../answers'
import { findPersonalData, type PersonalDataFinding } from './personal-data'

/** How long typing must pause before the text is checked again. */
export const PERSONAL_DATA_DELAY_MS = 600

export type PersonalDataFindings = Partial<Record<TextField, PersonalDataFinding[]>>

/** Checks the free-text answers now. The safeguarding numbers are public, never flagged. */
export function checkPersonalData(answers: Pick<Answers, TextField>): PersonalDataFindings {
  const findings: PersonalDataFindings = {}
  for (const field of TEXT_FIELDS) {
    const found = findPersonalData(answers[field], PUBLIC_PHONE_NUMBERS)
    if (found.length > 0) findings[field] = found
  }
  return findings
}

/**
 * The check as they type: it runs once typing pauses. `checkNow` runs it at once (on submit), so
 * what is on screen always matches what is about to be sent.
 */
export function usePersonalDataCheck(answers: Pick<Answers, TextField>): {
  findings: PersonalDataFindings
  checkNow: () => PersonalDataFindings
} {
  const { title, details, location } = answers
  const [findings, setFindings] = useState<PersonalDataFindings>(() =>
    checkPersonalData({ title, details, location }),
  )
  useEffect(() => {
    const timer = window.setTimeout(
      () => setFindings(checkPersonalData({ title, details, location })),
      PERSONAL_DATA_DELAY_MS,
    )
    return () => window.clearTimeout(timer)
  }, [title, details, location])
  const checkNow = () => {
    const now = checkPersonalData({ title, details, location })
    setFindings(now)
    return now
  }
  return { findings, checkNow }
}

export const findingCount = (findings: PersonalDataFindings): number =>
  Object.values(findings).reduce((sum, list) => sum + list.length, 0)

/** Under a field: what looked like personal details, and why each matters. */
export function PersonalDataWarning({
  id,
  findings,
}: {
  id: string
  findings: readonly PersonalDataFinding[] | undefined
}) {
  if (!findings || findings.length === 0) return null
  return (
    <div className="app-concerns-personal-data" id={id}>
      <p className="app-concerns-personal-data__heading">
        <span className="govuk-visually-hidden">Warning: </span>
        This may identify a child or family
      </p>
      <ul className="govuk-list app-concerns-personal-data__list">
        {findings.map((finding) => (
          <li key={`${finding.kind}:${finding.match}`}>
            <q className="app-concerns-personal-data__match">{finding.match}</q>: {finding.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Why the check exists, in the words councillors see before they type. */
export function WhyPersonalDataMatters() {
  return (
    <div className="govuk-inset-text app-why-personal">
      <p className="govuk-body">
        <strong>Do not include anything that could identify a child or family</strong>: no names,
        addresses or postcodes, dates of birth, phone numbers or email addresses.
      </p>
      <p className="govuk-body">
        Concerns are read by the chair of the Safeguarding Children Board and kept on record.
        Details like these put a family’s privacy at risk, and a worry about a particular child
        belongs with the MASH, who can act on it straight away.
      </p>
    </div>
  )
}
