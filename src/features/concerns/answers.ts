import type {
  AlreadyReported,
  ConcernSource,
  CreateConcernRequest,
} from '../../lib/api/schemas/concerns'

/**
 * The form's answers as typed: strings, '' meaning "not answered yet". Kept apart from the API's
 * request so a half-finished form can be saved as a draft and shown again exactly as it was.
 */
export interface Answers {
  divisionId: string
  themeId: string
  /** '' for none (or a theme without sub-themes). */
  subThemeId: string
  /** '' for none. */
  objectiveId: string
  title: string
  details: string
  location: string
  source: ConcernSource | ''
  alreadyReported: AlreadyReported | ''
  wantsReply: 'yes' | 'no' | ''
}

export type AnswerField = keyof Answers

export const ANSWER_FIELDS: readonly AnswerField[] = [
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
]

/** The "Not sure, or more than one" answer to which part of a risk theme: sent as no sub-theme. */
export const NO_SUB_THEME = 'none-or-not-sure'

/** The free-text answers, which the personal-data check reads. */
export const TEXT_FIELDS = ['title', 'details', 'location'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

export const isTextField = (field: string): field is TextField =>
  (TEXT_FIELDS as readonly string[]).includes(field)

export function emptyAnswers(init: Partial<Answers> = {}): Answers {
  return {
    divisionId: '',
    themeId: '',
    subThemeId: '',
    objectiveId: '',
    title: '',
    details: '',
    location: '',
    source: '',
    alreadyReported: '',
    wantsReply: '',
    ...init,
  }
}

/** A request back into answers, e.g. to put a concern that could not be sent back in the form. */
export function answersFrom(request: CreateConcernRequest): Answers {
  return {
    divisionId: request.divisionId,
    themeId: request.themeId,
    subThemeId: request.subThemeId ?? '',
    objectiveId: request.objectiveId ?? '',
    title: request.title,
    details: request.details,
    location: request.location,
    source: request.source,
    alreadyReported: request.alreadyReported,
    wantsReply: request.wantsReply ? 'yes' : 'no',
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Answers read back from storage, whatever was saved there: unknown fields become ''. */
export function answersFromStorage(value: unknown): Answers {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const answers = emptyAnswers()
  for (const field of ANSWER_FIELDS) {
    ;(answers as unknown as Record<string, string>)[field] = str(record[field])
  }
  return answers
}
