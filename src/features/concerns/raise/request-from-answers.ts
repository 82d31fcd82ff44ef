import type {
  AlreadyReported,
  ConcernSource,
  CreateConcernRequest,
} from '../../../lib/api/schemas/concerns'
import type { PersonalDataFlag } from '../../../lib/api/schemas/personal-data'
import { NO_SUB_THEME, type Answers } from '../answers'

// Apart from answers.ts, which the first bundle carries: only the check-answers page needs this.

/**
 * The request the API takes. Only for answers that passed validateAnswers(); `overrides` are the
 * findings they said do not identify a child or family, those still in the text.
 */
export function requestFrom(
  answers: Answers,
  overrides: readonly PersonalDataFlag[] = [],
): CreateConcernRequest {
  return {
    divisionId: answers.divisionId,
    themeId: answers.themeId,
    subThemeId:
      answers.subThemeId === '' || answers.subThemeId === NO_SUB_THEME ? null : answers.subThemeId,
    objectiveId: answers.objectiveId === '' ? null : answers.objectiveId,
    title: answers.title.trim(),
    details: answers.details.trim(),
    location: answers.location.trim(),
    source: answers.source as ConcernSource,
    alreadyReported: answers.alreadyReported as AlreadyReported,
    wantsReply: answers.wantsReply === 'yes',
    personalDataOverrides: [...overrides],
  }
}
