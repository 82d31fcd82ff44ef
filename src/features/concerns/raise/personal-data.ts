/**
 * The form's old interface to the personal-data detector, kept while the form moves to
 * src/lib/personal-data (docs/decisions/0014) and its worker hook (./personal-data-check). Delete
 * once nothing imports it.
 */
import {
  findPersonalData as findWithOffsets,
  PERSONAL_DATA_MESSAGES,
  type PersonalDataFinding as FindingWithOffsets,
} from '../../../lib/personal-data'

export type { PersonalDataKind } from '../../../lib/personal-data'

export interface PersonalDataFinding extends FindingWithOffsets {
  message: string
}

/** Each kind and text once, with its message. */
export function findPersonalData(
  text: string,
  allowedNumbers: readonly string[] = [],
): PersonalDataFinding[] {
  const seen = new Set<string>()
  return findWithOffsets(text, { allowedNumbers }).flatMap((finding) => {
    const key = `${finding.kind}:${finding.match}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{ ...finding, message: PERSONAL_DATA_MESSAGES[finding.kind] }]
  })
}
