import type { AnswerField, Answers } from '../answers'
import { validateAnswers, type ReferenceData } from './validation'

/** The question pages, in order; each asks what fits on a tablet's screen above Continue. */
export type StepPath = 'where' | 'theme' | 'what' | 'how' | 'reported' | 'reply'

export interface Step {
  path: StepPath
  /** The page's h1 and title. */
  title: string
  /** The answers this page asks for, in page order. */
  fields: readonly AnswerField[]
}

export const STEPS: readonly Step[] = [
  { path: 'where', title: 'Where is it?', fields: ['divisionId', 'location'] },
  { path: 'theme', title: 'What is it about?', fields: ['themeId', 'subThemeId'] },
  { path: 'what', title: 'What did you notice?', fields: ['title', 'details'] },
  { path: 'how', title: 'How did you come to know about it?', fields: ['source'] },
  {
    path: 'reported',
    title: 'Has it already been reported to the MASH or the police?',
    fields: ['alreadyReported'],
  },
  {
    path: 'reply',
    title: 'A reply, and the Board’s objectives',
    fields: ['wantsReply', 'objectiveId'],
  },
]

export const CHECK_PATH = '/concerns/new/check'

/** A question page's address; `change` brings Continue back to check answers. */
export const stepHref = (path: StepPath, change = false): string =>
  `/concerns/new/${path}${change ? '?change=1' : ''}`

export function stepOf(field: AnswerField): Step {
  const step = STEPS.find((s) => s.fields.includes(field))
  if (!step) throw new Error(`No question page asks for ${field}`)
  return step
}

export const stepIndex = (path: StepPath): number => STEPS.findIndex((s) => s.path === path)

/**
 * The first page, before `until` (or of all of them), whose answers are missing or wrong: a
 * later page opened directly sends them there. Null when every earlier page is answered.
 */
export function firstUnanswered(
  answers: Answers,
  reference: ReferenceData,
  until?: StepPath,
): Step | null {
  const errors = validateAnswers(answers, reference)
  const last = until === undefined ? STEPS.length : stepIndex(until)
  return STEPS.slice(0, last).find((step) => step.fields.some((f) => errors[f])) ?? null
}
