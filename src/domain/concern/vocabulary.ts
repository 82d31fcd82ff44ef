/**
 * The words for a concern's statuses and answers, one wording each. The councillor picks from
 * these on the form, and the chair reads the same words on the queue, the concern, in insights
 * and in the CSV: the two sides of the app never describe one answer two ways.
 */
// The schemas, not the api barrel: the server's CSV export reads these words too, and the barrel
// would bring the browser's client (and its import.meta.env) into the server.
import { formatCount } from '../../lib/format/count'
import {
  OTHER_THEME_ID,
  OTHER_THEME_TITLE,
  type AlreadyReported,
  type ConcernSource,
  type ConcernStatus,
  type Division,
  type Objective,
  type RiskTheme,
} from '../../lib/api/schemas'

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

/**
 * What a concern is about, in the words a councillor uses about their own area. Each choice files
 * the concern under one of the report's risk themes and sub-themes (paragraphs 8 and 9); the
 * report's third theme, the two Serious Case Reviews due in 2015, is a Board milestone, not
 * something a councillor notices, so no choice files under it.
 */
export interface ThemeChoice {
  /** The radio's value on the form. */
  id: string
  label: string
  themeId: string
  subThemeId: string | null
}

export const THEME_CHOICES: readonly ThemeChoice[] = [
  {
    id: 'exploitation',
    label: 'Children or young people being sexually exploited or groomed',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'child-sexual-exploitation',
  },
  {
    id: 'neglect',
    label: 'Children being neglected',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'neglect',
  },
  {
    id: 'domestic-abuse',
    label: 'Children living with domestic abuse',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'domestic-abuse',
  },
  {
    id: 'mental-health',
    label: 'Children or young people struggling with their mental health',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'camhs-referrals',
  },
  {
    id: 'harm-to-others',
    label: 'Young people who may seriously harm others',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'high-risk-group',
  },
  {
    id: 'child-protection',
    label: 'More children needing child protection',
    themeId: 'rising-demand',
    subThemeId: 'child-protection',
  },
  {
    id: 'children-in-care',
    label: 'Children in care, or more children going into care',
    themeId: 'rising-demand',
    subThemeId: 'children-in-care',
  },
  { id: OTHER_THEME_ID, label: OTHER_THEME_TITLE, themeId: OTHER_THEME_ID, subThemeId: null },
]

/** The choice that files a concern under this theme and sub-theme, if the form offers one. */
export const themeChoiceFor = (
  themeId: string,
  subThemeId: string | null,
): ThemeChoice | undefined =>
  THEME_CHOICES.find((choice) => choice.themeId === themeId && choice.subThemeId === subThemeId)

export const objectiveLabel = (objective: Objective): string =>
  `Objective ${objective.number}: ${objective.shortTitle}`

/** Names for the ids a concern carries, from the reference data (the id until it has loaded). */
export interface Names {
  division: (id: string) => string
  theme: (id: string) => string
  /** The sub-theme, in the words of the form's choice that files under it. */
  subTheme: (themeId: string, subThemeId: string | null) => string | null
  /** What the concern is about: the form's choice, or the theme's title when none matches. */
  about: (themeId: string, subThemeId: string | null) => string
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
    // In the form's words where the form offers it; the report's label for anything older.
    subTheme: (themeId, subThemeId) =>
      subThemeId === null
        ? null
        : (themeChoiceFor(themeId, subThemeId)?.label ??
          themesById.get(themeId)?.subThemes.find((s) => s.id === subThemeId)?.label ??
          subThemeId),
    about: (themeId, subThemeId) =>
      themeChoiceFor(themeId, subThemeId)?.label ??
      (themeId === OTHER_THEME_ID
        ? OTHER_THEME_TITLE
        : (themesById.get(themeId)?.title ?? themeId)),
    objective: (id) => {
      if (id === null) return null
      const objective = objectivesById.get(id)
      return objective ? objectiveLabel(objective) : id
    },
  }
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`
