import {
  ALREADY_REPORTED,
  characterCount,
  CONCERN_LIMITS,
  firstTextProblem,
  OTHER_THEME_ID,
  SOURCES,
  type Division,
  type Objective,
  type RiskTheme,
} from '../../../lib/api'
import { NO_SUB_THEME, type AnswerField, type Answers } from '../answers'

export { characterCount }

/** Every field that can carry an error: the answers, and the confirmation before sending. */
export type FormField = AnswerField | 'personalDataConfirmed'

export type FieldErrors = Partial<Record<FormField, string>>

/**
 * The id of the element each error links to (for radios, the first radio). The API's field
 * names are the answers' names, so a 422 maps straight onto the form.
 */
export const FIELD_IDS: Record<FormField, string> = {
  divisionId: 'division',
  themeId: 'theme',
  subThemeId: 'sub-theme',
  objectiveId: 'objective',
  title: 'title',
  details: 'details',
  location: 'location',
  source: 'source',
  alreadyReported: 'already-reported',
  wantsReply: 'wants-reply',
  personalDataConfirmed: 'personal-data-confirmed',
}

/** The order fields appear in, so the error summary reads top to bottom like the page. */
export const FORM_FIELD_ORDER: readonly FormField[] = [
  'divisionId',
  'themeId',
  'subThemeId',
  'objectiveId',
  'title',
  'details',
  'location',
  'source',
  'alreadyReported',
  'wantsReply',
  'personalDataConfirmed',
]

export const MESSAGES = {
  divisionMissing: 'Select the division this is about',
  divisionUnknown: 'Select a division from the list',
  themeMissing: 'Select the risk theme this is closest to, or ‘Something else’',
  subThemeUnknown: 'Select a part of the chosen risk theme, or ‘Not sure’',
  objectiveUnknown: 'Select an objective from the list, or ‘None, or not sure’',
  titleMissing: 'Enter a short title',
  titleShort: `Title must be ${CONCERN_LIMITS.titleMin} characters or more`,
  titleLong: `Title must be ${CONCERN_LIMITS.titleMax} characters or fewer`,
  detailsMissing: 'Enter what you noticed',
  detailsShort: `What you noticed must be ${CONCERN_LIMITS.detailsMin} characters or more`,
  detailsLong: `What you noticed must be ${CONCERN_LIMITS.detailsMax} characters or fewer`,
  locationLong: `Where in the division must be ${CONCERN_LIMITS.locationMax} characters or fewer`,
  sourceMissing: 'Select how you came to know about this',
  alreadyReportedMissing: 'Select whether this has already been reported to the MASH or the police',
  wantsReplyMissing: 'Select whether you want a reply from the chair',
  confirmMissing: 'Confirm that you have removed details that could identify a child or family',
} as const

export interface ReferenceData {
  divisions: readonly Division[]
  themes: readonly RiskTheme[]
  objectives: readonly Objective[]
}

/** A length error for the trimmed text, if any. */
function lengthError(
  value: string,
  min: number,
  max: number,
  messages: { missing?: string; short?: string; long: string },
): string | undefined {
  const length = characterCount(value.trim())
  if (length === 0 && messages.missing) return messages.missing
  if (length < min && messages.short) return messages.short
  if (length > max) return messages.long
  return undefined
}

/**
 * The form's own checks; the server checks again and has the last word. Hidden or broken
 * characters get the contract's own messages (text-hygiene.ts), so the form and a 422 agree.
 */
export function validateAnswers(answers: Answers, reference: ReferenceData): FieldErrors {
  const errors: FieldErrors = {}
  if (answers.divisionId === '') errors.divisionId = MESSAGES.divisionMissing
  else if (!reference.divisions.some((d) => d.id === answers.divisionId)) {
    errors.divisionId = MESSAGES.divisionUnknown
  }
  const theme = reference.themes.find((t) => t.id === answers.themeId)
  if (!theme && answers.themeId !== OTHER_THEME_ID) errors.themeId = MESSAGES.themeMissing
  if (
    answers.subThemeId !== '' &&
    answers.subThemeId !== NO_SUB_THEME &&
    theme &&
    !theme.subThemes.some((s) => s.id === answers.subThemeId)
  ) {
    errors.subThemeId = MESSAGES.subThemeUnknown
  }
  if (
    answers.objectiveId !== '' &&
    !reference.objectives.some((o) => o.id === answers.objectiveId)
  ) {
    errors.objectiveId = MESSAGES.objectiveUnknown
  }
  const { titleMin, titleMax, detailsMin, detailsMax, locationMax } = CONCERN_LIMITS
  const title = lengthError(answers.title, titleMin, titleMax, {
    missing: MESSAGES.titleMissing,
    short: MESSAGES.titleShort,
    long: MESSAGES.titleLong,
  })
  const titleText = title ?? firstTextProblem(answers.title, 'Title', 'single-line')
  if (titleText) errors.title = titleText
  const details = lengthError(answers.details, detailsMin, detailsMax, {
    missing: MESSAGES.detailsMissing,
    short: MESSAGES.detailsShort,
    long: MESSAGES.detailsLong,
  })
  const detailsText = details ?? firstTextProblem(answers.details, 'What you noticed', 'multi-line')
  if (detailsText) errors.details = detailsText
  const location = lengthError(answers.location, 0, locationMax, { long: MESSAGES.locationLong })
  const locationText =
    location ?? firstTextProblem(answers.location, 'Where in the division', 'single-line')
  if (locationText) errors.location = locationText
  if (!(SOURCES as readonly string[]).includes(answers.source)) {
    errors.source = MESSAGES.sourceMissing
  }
  if (!(ALREADY_REPORTED as readonly string[]).includes(answers.alreadyReported)) {
    errors.alreadyReported = MESSAGES.alreadyReportedMissing
  }
  if (answers.wantsReply !== 'yes' && answers.wantsReply !== 'no') {
    errors.wantsReply = MESSAGES.wantsReplyMissing
  }
  return errors
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
    ...FORM_FIELD_ORDER.flatMap((field) => {
      const message = errors[field]
      return message ? [{ fieldId: FIELD_IDS[field], message }] : []
    }),
  ]
}
