// One wording for each answer: what the councillor picks on the form is what the chair reads on
// the concern, in the queue's CSV and in insights (src/domain/concern/vocabulary.ts).
import { cleanup, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { namesFrom } from '../../src/domain/concern/vocabulary'
import { queueCsv } from '../../src/features/review/export/csv'
import {
  ALREADY_REPORTED,
  OTHER_THEME_ID,
  SOURCES,
  type AlreadyReported,
  type ConcernSource,
} from '../../src/lib/api'
import { renderApp } from '../helpers/render-app'
import { passInterruption } from './concerns/concern-helpers'
import { stored } from './review/review-helpers'

const choices = (legend: string) =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('radio')
    .map((radio) => ({
      value: radio.getAttribute('value') ?? '',
      label: (radio as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
    }))

async function formChoices() {
  const { user } = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(user)
  const found = {
    sources: choices('How did you come to know about it?'),
    reported: choices('Has it already been reported to the MASH or the police?'),
    themes: choices('Which risk theme is it closest to?'),
  }
  cleanup()
  return found
}

/** The chair's page for sample-08, its answers set to these values. */
async function chairSees(source: ConcernSource, reported: AlreadyReported) {
  const concern = stored('sample-08')
  concern.source = source
  concern.alreadyReported = reported
  concern.themeId = OTHER_THEME_ID
  concern.subThemeId = null
  renderApp({ url: '/review/sample-08', as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: concern.title })
  const facts = document.body.textContent ?? ''
  cleanup()
  return facts
}

describe('one vocabulary for both sides', () => {
  it('every answer a councillor can pick reads the same on the chair’s page', async () => {
    const { sources, reported, themes } = await formChoices()
    expect(sources.map((s) => s.value)).toEqual([...SOURCES])
    expect(reported.map((r) => r.value)).toEqual([...ALREADY_REPORTED])
    const somethingElse = themes.find((t) => t.value === OTHER_THEME_ID)?.label ?? ''
    expect(somethingElse).toBe('Something else')

    for (const [i, source] of sources.entries()) {
      const answer = reported[i % reported.length] ?? { value: 'no', label: 'No' }
      const facts = await chairSees(source.value as ConcernSource, answer.value as AlreadyReported)
      expect(facts, source.value).toContain(source.label)
      expect(facts, answer.value).toContain(answer.label)
      expect(facts).toContain(somethingElse)
    }
  })

  it('the CSV names the councillor’s "Something else" as the form did (insights: insights.test)', () => {
    const names = namesFrom([], [])
    const item = { ...stored('sample-08'), themeId: OTHER_THEME_ID, unreadReplies: 0 }
    expect(queueCsv([item], names)).toContain(',Something else,')
  })
})
