import type { PersonalDataFinding } from '../../../../lib/personal-data'

/** The concern's free-text fields the detector reads. */
export type PersonalDataField = 'title' | 'details' | 'location'

export type PersonalDataTexts = Readonly<Record<PersonalDataField, string>>

/** Findings by field; a field with none is left out. */
export type PersonalDataFindings = Partial<Record<PersonalDataField, PersonalDataFinding[]>>

/** What the form posts to the worker, and what comes back (matched by `id`). */
export interface CheckRequest {
  id: number
  texts: PersonalDataTexts
  allowedNumbers: readonly string[]
}

export interface CheckResponse {
  id: number
  findings: PersonalDataFindings
}
