import { describe, expect, it } from 'vitest'
import { emptyAnswers, NO_SUB_THEME } from '../../src/features/concerns/answers'
import { requestFrom } from '../../src/features/concerns/raise/request-from-answers'
import {
  mapServerErrors,
  summaryItems,
  validateAnswers,
} from '../../src/features/concerns/raise/validation'
import {
  characterCount,
  CONCERN_MESSAGES as MESSAGES,
  createConcernRequestSchema,
} from '../../src/lib/api'
import { DIVISIONS } from '../../src/lib/backend/seed/divisions'
import { OBJECTIVES, RISK_THEMES } from '../../src/lib/backend/seed/board-content'

const reference = {
  divisions: DIVISIONS,
  themes: RISK_THEMES.map((theme) => ({ ...theme, concernCount: 0 })),
  objectives: OBJECTIVES,
}

const complete = emptyAnswers({
  divisionId: 'banbury-calthorpe',
  themeId: 'adolescent-vulnerability',
  subThemeId: 'neglect',
  title: 'A short title',
  details: 'Twenty characters or more of detail.',
  source: 'visit',
  alreadyReported: 'not-sure',
  wantsReply: 'no',
})

describe('validateAnswers', () => {
  it('accepts complete answers, which the API schema accepts too', () => {
    expect(validateAnswers(complete, reference)).toEqual({})
    expect(createConcernRequestSchema.safeParse(requestFrom(complete)).success).toBe(true)
  })

  it('takes only a choice the form offers: a theme alone, or the Serious Case Reviews, is not one', () => {
    expect(validateAnswers({ ...complete, themeId: 'other', subThemeId: '' }, reference)).toEqual(
      {},
    )
    expect(requestFrom({ ...complete, themeId: 'other', subThemeId: '' }).subThemeId).toBeNull()
    for (const [themeId, subThemeId] of [
      ['adolescent-vulnerability', NO_SUB_THEME],
      ['adolescent-vulnerability', ''],
      ['serious-case-reviews', ''],
      ['adolescent-vulnerability', 'children-in-care'],
    ] as const) {
      expect(validateAnswers({ ...complete, themeId, subThemeId }, reference)).toEqual({
        themeId: MESSAGES.themeMissing,
      })
    }
  })

  it('refuses ids that are not in the lists', () => {
    expect(
      validateAnswers(
        { ...complete, divisionId: 'atlantis', themeId: 'nope', objectiveId: 'objective-9' },
        reference,
      ),
    ).toEqual({
      divisionId: MESSAGES.divisionUnknown,
      themeId: MESSAGES.themeMissing,
      objectiveId: MESSAGES.objectiveUnknown,
    })
  })

  it('counts characters as the server does: code points, after trimming', () => {
    expect(characterCount('👾🙇')).toBe(2)
    expect(characterCount('abc')).toBe(3)
    // 19 emoji are 38 UTF-16 units, but 19 characters: too short for what they noticed.
    const emoji = '👾'.repeat(19)
    expect(validateAnswers({ ...complete, details: emoji }, reference).details).toBe(
      MESSAGES.detailsShort,
    )
    expect(
      createConcernRequestSchema.safeParse({ ...requestFrom(complete), details: emoji }).success,
    ).toBe(false)
    const title = '👾'.repeat(120)
    expect(validateAnswers({ ...complete, title }, reference).title).toBeUndefined()
    expect(createConcernRequestSchema.safeParse({ ...requestFrom(complete), title }).success).toBe(
      true,
    )
  })

  it('agrees with the API schema at every length boundary', () => {
    for (const [field, lengths] of [
      ['title', [0, 4, 5, 120, 121]],
      ['details', [0, 19, 20, 2000, 2001]],
      ['location', [0, 200, 201]],
    ] as const) {
      for (const length of lengths) {
        const answers = { ...complete, [field]: `  ${'x'.repeat(length)}  ` }
        const form = validateAnswers(answers, reference)[field] === undefined
        const api = createConcernRequestSchema.safeParse(requestFrom(answers)).success
        expect(form, `${field} of ${length}`).toBe(api)
      }
    }
  })
})

describe('server errors', () => {
  it('map API field names onto the form, and the rest into the summary', () => {
    const mapped = mapServerErrors({
      title: ['Title must be 5 characters or more'],
      personalDataConfirmed: ['Confirm'],
      _form: ['Something about the whole request'],
      somethingNew: ['A field the form does not know'],
    })
    expect(mapped.fields).toEqual({ title: 'Title must be 5 characters or more' })
    // The old confirmation has no box on the form any more: the summary says it.
    expect(mapped.general).toEqual([
      'Confirm',
      'Something about the whole request',
      'A field the form does not know',
    ])
    expect(summaryItems(mapped.fields, mapped.general)).toEqual([
      { message: 'Confirm' },
      { message: 'Something about the whole request' },
      { message: 'A field the form does not know' },
      { fieldId: 'title', message: 'Title must be 5 characters or more' },
    ])
  })
})
