import {
  CONCERN_MESSAGES,
  createConcernRequestSchema,
  OTHER_THEME_ID,
  type Division,
  type Objective,
  type RiskTheme,
} from '../../../lib/api'
import { themeChoiceFor } from '../../../domain/concern/vocabulary'
import { ANSWER_FIELDS, NO_SUB_THEME, type AnswerField, type Answers } from '../answers'
import { requestFrom } from './request-from-answers'

/** Every field that can carry an error: the answers. Anything else the server names is general. */
export type FormField = AnswerField

export type FieldErrors = Partial<Record<FormField, string>>

/**
 * The id of the element each error links to (for radios, the first radio). The API's field
 * names are the answers' names, so a 422 maps straight onto the form.
 */
export const FIELD_IDS: Record<FormField, string> = {
  divisionId: 'division',
  themeId: 'theme',
  // One group of radios chooses both, in the words of THEME_CHOICES.
  subThemeId: 'theme',
  objectiveId: 'objective',
  title: 'title',
  details: 'details',
  location: 'location',
  source: 'source',
  alreadyReported: 'already-reported',
  wantsReply: 'wants-reply',
}

/** The order fields appear in, so the error summary reads top to bottom like the page. */
const FORM_FIELDS: readonly FormField[] = ANSWER_FIELDS

export interface ReferenceData {
  divisions: readonly Division[]
  themes: readonly RiskTheme[]
  objectives: readonly Objective[]
}

/** The answers as the API would receive them, with an unanswered reply question left out. */
const candidateRequest = (answers: Answers) => ({
  ...requestFrom(answers),
  wantsReply: answers.wantsReply === '' ? undefined : answers.wantsReply === 'yes',
})

/** What the contract's schema refuses, the first message for each field, in its own words. */
function schemaErrors(answers: Answers): FieldErrors {
  const result = createConcernRequestSchema.safeParse(candidateRequest(answers))
  const errors: FieldErrors = {}
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0]
    if (typeof field === 'string' && field in FIELD_IDS) {
      errors[field as FormField] ??= issue.message
    }
  }
  return errors
}

/** Ids the lists do not hold: what the schema cannot know and the server checks again. */
function referenceErrors(answers: Answers, reference: ReferenceData): FieldErrors {
  const errors: FieldErrors = {}
  const { divisionId, themeId, subThemeId, objectiveId } = answers
  if (divisionId !== '' && !reference.divisions.some((d) => d.id === divisionId)) {
    errors.divisionId = CONCERN_MESSAGES.divisionUnknown
  }
  const theme = reference.themes.find((t) => t.id === themeId)
  const subTheme = subThemeId === '' || subThemeId === NO_SUB_THEME ? null : subThemeId
  // Only what the form offers: a theme the lists hold (or 'Something else'), by one of its choices.
  if ((!theme && themeId !== OTHER_THEME_ID) || !themeChoiceFor(themeId, subTheme)) {
    errors.themeId = CONCERN_MESSAGES.themeMissing
  } else if (subTheme !== null && !theme?.subThemes.some((s) => s.id === subTheme)) {
    errors.subThemeId = CONCERN_MESSAGES.subThemeUnknown
  }
  if (objectiveId !== '' && !reference.objectives.some((o) => o.id === objectiveId)) {
    errors.objectiveId = CONCERN_MESSAGES.objectiveUnknown
  }
  return errors
}

/**
 * The form's own checks: the contract's schema, as the server will run it, and the lists. The
 * server checks again and has the last word.
 */
export function validateAnswers(answers: Answers, reference: ReferenceData): FieldErrors {
  return { ...referenceErrors(answers, reference), ...schemaErrors(answers) }
}

/** Only the errors of these fields (one question page's). */
export function errorsOf(errors: FieldErrors, fields: readonly FormField[]): FieldErrors {
  const picked: FieldErrors = {}
  for (const field of fields) if (errors[field]) picked[field] = errors[field]
  return picked
}

export interface MappedServerErrors {
  fields: FieldErrors
  /** Messages about the request as a whole, or about a field the form does not know. */
  general: string[]
}

/** A 422's `errors` (API field → messages) as the form shows them. */
export function mapServerErrors(
  errors: Readonly<Record<string, readonly string[]>>,
): MappedServerErrors {
  const fields: FieldErrors = {}
  const general: string[] = []
  for (const [field, messages] of Object.entries(errors)) {
    const message = messages[0]
    if (message === undefined) continue
    if (field in FIELD_IDS) fields[field as FormField] = message
    else general.push(...messages)
  }
  return { fields, general }
}

/** Errors as the summary lists them: in page order, each linking to its field. */
export function summaryItems(
  errors: FieldErrors,
  general: readonly string[] = [],
): Array<{ fieldId?: string; message: string }> {
  return [
    ...general.map((message) => ({ message })),
    ...FORM_FIELDS.flatMap((field) => {
      const message = errors[field]
      return message ? [{ fieldId: FIELD_IDS[field], message }] : []
    }),
  ]
}
