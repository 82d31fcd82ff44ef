import type { Objective, RiskTheme } from '../../lib/api'

/** The objective filter as it lives in the URL: ?q=<keyword>&theme=<risk theme id>. */
export interface ObjectiveFilter {
  q: string
  theme: string
}

export const MAX_KEYWORD_LENGTH = 100

export function readFilter(params: URLSearchParams): ObjectiveFilter {
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_KEYWORD_LENGTH),
    theme: (params.get('theme') ?? '').trim(),
  }
}

export const isFiltering = (filter: ObjectiveFilter): boolean =>
  filter.q !== '' || filter.theme !== ''

/** Search params for a filter, leaving out empty values so a cleared filter leaves a clean URL. */
export function filterSearch(filter: ObjectiveFilter): string {
  const params = new URLSearchParams()
  const q = filter.q.trim()
  if (q) params.set('q', q)
  if (filter.theme) params.set('theme', filter.theme)
  const search = params.toString()
  return search ? `?${search}` : ''
}

// Curly and straight apostrophes and quotes count as the same letter when searching.
const normalise = (text: string): string =>
  text
    .toLocaleLowerCase('en-GB')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')

/** Everything a reader sees of an objective, so a keyword finds what is on the card. */
function searchableText(objective: Objective, themes: readonly RiskTheme[]): string {
  const related = themes.filter((theme) => objective.relatedRiskThemeIds.includes(theme.id))
  return normalise(
    [
      `objective ${objective.number}`,
      objective.shortTitle,
      objective.wording,
      objective.summary,
      ...objective.progress.map((item) => item.text),
      ...objective.figures.flatMap((figure) => [figure.display, figure.label]),
      ...objective.evidence.flatMap((evidence) => [evidence.quote, evidence.attribution]),
      ...related.map((theme) => theme.title),
    ].join('\n'),
  )
}

/** Objectives matching every word of the keyword and, if chosen, related to the risk theme. */
export function filterObjectives(
  objectives: readonly Objective[],
  themes: readonly RiskTheme[],
  filter: ObjectiveFilter,
): Objective[] {
  const words = normalise(filter.q).split(' ').filter(Boolean)
  return objectives.filter((objective) => {
    if (filter.theme && !objective.relatedRiskThemeIds.includes(filter.theme)) return false
    if (words.length === 0) return true
    const text = searchableText(objective, themes)
    return words.every((word) => text.includes(word))
  })
}
