/**
 * The words for a concern's statuses and answers, one wording each. The councillor picks from
 * these on the form, and the chair reads the same words on the queue, the concern, in insights
 * and in the CSV: the two sides of the app never describe one answer two ways.
 */
import {
  OTHER_THEME_ID,
  OTHER_THEME_TITLE,
  type AlreadyReported,
  type ConcernSource,
  type ConcernStatus,
  type Division,
  type Objective,
  type RiskTheme,
} from '../../lib/api'

export { OTHER_THEME_TITLE }

export const STATUS_LABELS: Record<ConcernStatus, string> = {
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  'in-review': 'In review',
  referred: 'Referred',
  actioned: 'Actioned',
  closed: 'Closed',
}

/** What each status means for the councillor, in words. */
export const STATUS_HINTS: Record<ConcernStatus, string> = {
  submitted: 'The chair has it but has not looked at it yet.',
  acknowledged: 'The chair has seen it.',
  'in-review': 'The chair is looking into it.',
  referred: 'The chair passed it to another service.',
  actioned: 'Something was done about it.',
  closed: 'The chair closed it.',
}

/** Colours differ per status, but the word is always printed: colour is never the only signal. */
export const STATUS_TAG_CLASSES: Record<ConcernStatus, string> = {
  submitted: '',
  acknowledged: 'govuk-tag--teal',
  'in-review': 'govuk-tag--yellow',
  referred: 'govuk-tag--purple',
  actioned: 'govuk-tag--green',
  closed: 'govuk-tag--grey',
}

export const OPEN_STATUSES: readonly ConcernStatus[] = ['submitted', 'acknowledged', 'in-review']

export const SOURCE_LABELS: Record<ConcernSource, string> = {
  surgery: 'At a surgery',
  visit: 'On a visit',
  'community-group': 'At a community group',
  partner: 'From a partner organisation',
  other: 'Another way',
}

export const ALREADY_REPORTED_LABELS: Record<AlreadyReported, string> = {
  no: 'No',
  mash: 'Yes, to the MASH',
  police: 'Yes, to the police',
  'mash-and-police': 'Yes, to both the MASH and the police',
  'not-sure': 'I’m not sure',
}

export const WANTS_REPLY_LABELS = { yes: 'Yes', no: 'No' } as const

export const objectiveLabel = (objective: Objective): string =>
  `Objective ${objective.number}: ${objective.shortTitle}`

/** Names for the ids a concern carries, from the reference data (the id until it has loaded). */
export interface Names {
  division: (id: string) => string
  theme: (id: string) => string
  subTheme: (themeId: string, subThemeId: string | null) => string | null
  objective: (id: string | null) => string | null
}

export function namesFrom(
  divisions: readonly Division[] | undefined,
  themes: readonly RiskTheme[] | undefined,
  objectives?: readonly Objective[],
): Names {
  const divisionNames = new Map((divisions ?? []).map((d) => [d.id, d.name]))
  const themesById = new Map((themes ?? []).map((t) => [t.id, t]))
  const objectivesById = new Map((objectives ?? []).map((o) => [o.id, o]))
  return {
    division: (id) => divisionNames.get(id) ?? id,
    theme: (id) => (id === OTHER_THEME_ID ? OTHER_THEME_TITLE : (themesById.get(id)?.title ?? id)),
    subTheme: (themeId, subThemeId) =>
      subThemeId === null
        ? null
        : (themesById.get(themeId)?.subThemes.find((s) => s.id === subThemeId)?.label ??
          subThemeId),
    objective: (id) => {
      if (id === null) return null
      const objective = objectivesById.get(id)
      return objective ? objectiveLabel(objective) : id
    },
  }
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
