import * as z from 'zod/mini'
// The detector's list of kinds (no code with it): the contract carries exactly what it reports.
import { PERSONAL_DATA_KINDS } from '../../personal-data/kinds'

/*
 * Personal data in a concern, as the contract carries it (decision 0014). The detector that finds
 * it is src/lib/personal-data; these are the words both sides of the API use about its findings.
 */

export const personalDataKindSchema = z.enum(PERSONAL_DATA_KINDS)
export type PersonalDataKindName = z.infer<typeof personalDataKindSchema>

/** The free-text fields of a new concern that the detector reads. */
export const PERSONAL_DATA_FIELDS = ['title', 'details', 'location'] as const
export const personalDataFieldSchema = z.enum(PERSONAL_DATA_FIELDS)
export type PersonalDataField = z.infer<typeof personalDataFieldSchema>

export const PERSONAL_DATA_LIMITS = {
  /** Overrides one concern may carry: more findings than this is text to change, not confirm. */
  overridesMax: 50,
  /** The longest finding an override may name. */
  matchMax: 200,
} as const

/**
 * One finding, named by its field, kind and text: as a councillor's override ("this does not
 * identify a child or family") and as the stored concern shows it to the chair.
 */
export const personalDataFlagSchema = z.object({
  field: personalDataFieldSchema,
  kind: personalDataKindSchema,
  match: z.string().check(z.minLength(1), z.maxLength(PERSONAL_DATA_LIMITS.matchMax)),
})
export type PersonalDataFlag = z.infer<typeof personalDataFlagSchema>

/** What redaction puts where the removed text was. */
export const REDACTED_TEXT = '[removed]'

/** The texts the chair can redact: a field of the concern, or a message or reply event's text. */
export const REDACTABLE_FIELDS = [...PERSONAL_DATA_FIELDS, 'message'] as const
export const redactableFieldSchema = z.enum(REDACTABLE_FIELDS)
export type RedactableField = z.infer<typeof redactableFieldSchema>
