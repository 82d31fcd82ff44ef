import { Radios } from '../../../components/form'
import { OTHER_THEME_ID } from '../../../lib/api'
import { THEME_CHOICES, themeChoiceFor } from '../../../domain/concern/vocabulary'
import { NO_SUB_THEME } from '../answers'
import { QuestionPage } from './question-page'
import type { ReferenceData } from './validation'

/** Which of the Board's risk themes a choice files under, as its hint says ('Something else': none). */
function filedUnder(themeId: string, reference: ReferenceData): string | undefined {
  const theme = reference.themes.find((t) => t.id === themeId)
  return theme ? `Risk theme ${theme.number}: ${theme.title}` : undefined
}

/**
 * `/concerns/new/theme`: what it is about, in plain words, each filed under a risk theme. The h1
 * asks it; the legend says it again, unseen.
 */
export function ThemePage() {
  return (
    <QuestionPage path="theme">
      {({ answers, question, update, reference }) => {
        const subThemeId =
          answers.subThemeId === '' || answers.subThemeId === NO_SUB_THEME
            ? null
            : answers.subThemeId
        const chosen = themeChoiceFor(answers.themeId, subThemeId)
        // Only choices under a theme the Board lists now (and 'Something else').
        const offered = THEME_CHOICES.filter(
          (c) => c.themeId === OTHER_THEME_ID || reference.themes.some((t) => t.id === c.themeId),
        )
        return (
          <Radios
            {...question('themeId')}
            name="themeChoice"
            legend={<span className="govuk-visually-hidden">What is it about?</span>}
            value={chosen?.id ?? ''}
            onChange={(id) => {
              const choice = THEME_CHOICES.find((c) => c.id === id)
              if (choice) update({ themeId: choice.themeId, subThemeId: choice.subThemeId ?? '' })
            }}
            options={offered.map((choice) => ({
              value: choice.id,
              label: choice.label,
              ...(filedUnder(choice.themeId, reference)
                ? { hint: filedUnder(choice.themeId, reference) }
                : {}),
            }))}
          />
        )
      }}
    </QuestionPage>
  )
}
