// What a concern is about, in a councillor's words: each choice files under exactly one of the
// report's risk themes and sub-themes, every sub-theme has its choice, and the Serious Case
// Reviews (a Board milestone) have none. One wording wherever a concern's theme is shown.
import { describe, expect, it } from 'vitest'
import { namesFrom, THEME_CHOICES, themeChoiceFor } from '../../src/domain/concern/vocabulary'
import { OTHER_THEME_ID } from '../../src/lib/api'
import { RISK_THEMES } from '../../src/lib/backend/seed/board-content'

const themes = RISK_THEMES.map((theme) => ({ ...theme, concernCount: 0 }))

describe('the theme choices', () => {
  it('file every sub-theme of the report under exactly one choice, and nothing else but ‘Something else’', () => {
    const filed = THEME_CHOICES.filter((c) => c.themeId !== OTHER_THEME_ID).map(
      (c) => `${c.themeId}/${c.subThemeId}`,
    )
    const subThemes = RISK_THEMES.flatMap((t) => t.subThemes.map((s) => `${t.id}/${s.id}`))
    expect([...filed].sort()).toEqual([...subThemes].sort())
    expect(THEME_CHOICES.at(-1)).toEqual({
      id: OTHER_THEME_ID,
      label: 'Something else',
      themeId: OTHER_THEME_ID,
      subThemeId: null,
    })
  })

  it('offer nothing under the Serious Case Reviews, a Board milestone', () => {
    expect(THEME_CHOICES.some((c) => c.themeId === 'serious-case-reviews')).toBe(false)
  })

  it('have one label and one id each', () => {
    expect(new Set(THEME_CHOICES.map((c) => c.id)).size).toBe(THEME_CHOICES.length)
    expect(new Set(THEME_CHOICES.map((c) => c.label)).size).toBe(THEME_CHOICES.length)
  })

  it('are the words the chair’s pages and My concerns read, through namesFrom', () => {
    const names = namesFrom([], themes)
    for (const choice of THEME_CHOICES) {
      expect(names.about(choice.themeId, choice.subThemeId)).toBe(choice.label)
      expect(themeChoiceFor(choice.themeId, choice.subThemeId)).toBe(choice)
      if (choice.subThemeId !== null) {
        expect(names.subTheme(choice.themeId, choice.subThemeId)).toBe(choice.label)
      }
    }
    // A concern filed before the choices (a theme alone, or the Serious Case Reviews) reads as
    // the report's theme.
    expect(names.about('rising-demand', null)).toBe(
      'Rising child protection and children in care activity',
    )
    expect(names.about('serious-case-reviews', null)).toBe(
      'Two Serious Case Reviews to be published in 2015',
    )
  })
})
