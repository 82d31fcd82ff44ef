import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../../src/features/concerns/answers'
import { requestFrom } from '../../src/features/concerns/raise/request-from-answers'
import { validateAnswers } from '../../src/features/concerns/raise/validation'
import {
  createConcernRequestSchema,
  textProblems,
  updateConcernRequestSchema,
} from '../../src/lib/api'
import { DIVISIONS } from '../../src/lib/backend/seed/divisions'
import { OBJECTIVES, RISK_THEMES } from '../../src/lib/backend/seed/board-content'

const reference = {
  divisions: DIVISIONS,
  themes: RISK_THEMES.map((theme) => ({ ...theme, concernCount: 0 })),
  objectives: OBJECTIVES,
}

const answers = emptyAnswers({
  divisionId: 'banbury-calthorpe',
  themeId: 'adolescent-vulnerability',
  title: 'Gathering near the station',
  details: 'Young people gather near the station most weekends, late at night.',
  location: 'Near the station',
  source: 'visit',
  alreadyReported: 'no',
  wantsReply: 'no',
})

const serverErrors = (request: unknown): Record<string, string[]> => {
  const result = createConcernRequestSchema.safeParse(request)
  return result.success ? {} : z.flattenError(result.error).fieldErrors
}

describe('text hygiene: what the contract refuses in free text', () => {
  it.each([
    ['title', 'Gathering\nnear the station', 'Title must not contain line breaks'],
    ['title', 'Gathering\r\nnear the station', 'Title must not contain line breaks'],
    ['title', 'Gathering\u2028near the station', 'Title must not contain line breaks'],
    [
      'title',
      'Gathering\tnear the station',
      'Title must not contain tabs or other hidden control characters',
    ],
    ['location', 'Near the\nstation', 'Where in the division must not contain line breaks'],
    [
      'details',
      'Young people gather\u0000 near the station most weekends.',
      'What you noticed must not contain hidden control characters',
    ],
    [
      'details',
      'Young people gather\u009b near the station most weekends.',
      'What you noticed must not contain hidden control characters',
    ],
    [
      'details',
      'Young people gather near the \u202Enoitats most weekends.',
      'What you noticed must not contain hidden characters that change the direction of text',
    ],
    [
      'title',
      'Gathering near the \u2066station\u2069',
      'Title must not contain hidden characters that change the direction of text',
    ],
    [
      'title',
      'Gathering near the station \ud83d',
      'Title must not contain incomplete characters, such as half an emoji',
    ],
  ] as const)('%s %j: the form and the server both say %j', (field, text, message) => {
    const typed = { ...answers, [field]: text }
    expect(validateAnswers(typed, reference)[field]).toBe(message)
    expect(serverErrors(requestFrom(typed))[field]).toEqual([message])
  })

  it.each([
    ['details', 'Young people gather\nnear the station,\tmost weekends.'],
    ['title', 'مجموعات الشباب قرب المحطة \u200F'],
    ['title', 'Gathering near the station 🚉'],
    ['details', '  Leading and trailing space and line breaks are trimmed away, not refused.\n\n'],
  ] as const)('%s %j is accepted by both', (field, text) => {
    const typed = { ...answers, [field]: text }
    expect(validateAnswers(typed, reference)[field]).toBeUndefined()
    expect(serverErrors(requestFrom(typed))).toEqual({})
  })

  it('stores a Windows line break in multi-line text as a plain line break', () => {
    const parsed = createConcernRequestSchema.parse({
      ...requestFrom(answers),
      details: 'First line of what was seen\r\nand the second line.',
    })
    expect(parsed.details).toBe('First line of what was seen\nand the second line.')
  })

  it('applies to the chair’s changes too, field by field', () => {
    const result = updateConcernRequestSchema.safeParse({
      status: 'referred',
      referredTo: 'Early\nhelp',
      reply: 'Thank you \u202Efor this',
      note: 'Checked\u0007',
    })
    expect(result.success).toBe(false)
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      referredTo: ['Referred to must not contain line breaks'],
      reply: ['Reply must not contain hidden characters that change the direction of text'],
      note: ['Note must not contain hidden control characters'],
    })
    expect(
      updateConcernRequestSchema.safeParse({ closeReason: 'Line one\n\tindented line two' })
        .success,
    ).toBe(true)
  })

  it('lists every rule a text breaks, in a fixed order', () => {
    expect(textProblems('a\n\u0001\u202A\udc00', 'Title', 'single-line')).toEqual([
      'Title must not contain line breaks',
      'Title must not contain tabs or other hidden control characters',
      'Title must not contain hidden characters that change the direction of text',
      'Title must not contain incomplete characters, such as half an emoji',
    ])
  })
})
