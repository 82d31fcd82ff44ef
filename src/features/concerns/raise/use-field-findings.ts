import { useEffect, useState } from 'react'
import { PUBLIC_PHONE_NUMBERS } from '../../../lib/config/safeguarding-contacts'
import { TEXT_FIELDS, type Answers, type TextField } from '../answers'
import { findPersonalData, type PersonalDataKind } from '../../../lib/personal-data'

/** One thing in a text that may identify someone: which rule, and the words as typed. */
export interface PersonalDataMatch {
  kind: PersonalDataKind
  match: string
}

export type FieldFindings = Partial<Record<TextField, PersonalDataMatch[]>>

/** How long typing must pause before the text is checked again. */
export const PERSONAL_DATA_DELAY_MS = 600

function check(texts: Pick<Answers, TextField>, fields: readonly TextField[]): FieldFindings {
  const findings: FieldFindings = {}
  for (const field of fields) {
    const found = findPersonalData(texts[field], { allowedNumbers: PUBLIC_PHONE_NUMBERS })
    if (found.length > 0) findings[field] = found.map(({ kind, match }) => ({ kind, match }))
  }
  return findings
}

/**
 * The personal-data check of the free-text answers, as they type: it runs once typing pauses.
 * `checkNow` runs it at once (on Continue), so what is on screen matches what goes on.
 */
export function useFieldFindings(
  answers: Pick<Answers, TextField>,
  fields: readonly TextField[] = TEXT_FIELDS,
): { findings: FieldFindings; checkNow: () => FieldFindings } {
  const { title, details, location } = answers
  const key = fields.join()
  const [findings, setFindings] = useState<FieldFindings>(() =>
    check({ title, details, location }, fields),
  )
  useEffect(() => {
    const timer = window.setTimeout(
      () =>
        setFindings(
          check({ title, details, location }, (key ? key.split(',') : []) as TextField[]),
        ),
      PERSONAL_DATA_DELAY_MS,
    )
    return () => window.clearTimeout(timer)
  }, [title, details, location, key])
  const checkNow = () => {
    const now = check({ title, details, location }, fields)
    setFindings(now)
    return now
  }
  return { findings, checkNow }
}
