import type { PersonalDataKind } from '../../../lib/personal-data'
import { PUBLIC_PHONE_NUMBERS } from '../../../lib/config/safeguarding-contacts'
import { TEXT_FIELDS, type Answers, type TextField } from '../answers'
import { usePersonalDataFindings } from './personal-data-check'

/** One thing in a text that may identify someone: which rule, and the words as typed. */
export interface PersonalDataMatch {
  kind: PersonalDataKind
  match: string
}

export type FieldFindings = Partial<Record<TextField, PersonalDataMatch[]>>

const only = <T>(findings: Partial<Record<TextField, T>>, fields: readonly TextField[]) => {
  const kept: Partial<Record<TextField, T>> = {}
  for (const field of fields) if (findings[field]) kept[field] = findings[field]
  return kept
}

/**
 * The personal-data check of a page's free-text answers (off the main thread, see
 * ./personal-data-check): as they type, once typing pauses, and at once with `checkNow` (on
 * Continue and Send), so what is shown matches what goes on.
 */
export function useFieldFindings(
  answers: Pick<Answers, TextField>,
  fields: readonly TextField[] = TEXT_FIELDS,
): { findings: FieldFindings; checking: boolean; checkNow: () => Promise<FieldFindings> } {
  const { title, details, location } = answers
  const check = usePersonalDataFindings({ title, details, location }, PUBLIC_PHONE_NUMBERS)
  return {
    findings: only(check.findings, fields),
    checking: check.checking,
    checkNow: async () => only(await check.checkNow(), fields),
  }
}
