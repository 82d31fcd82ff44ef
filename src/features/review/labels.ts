import {
  OTHER_THEME_ID,
  type ConcernSource,
  type ConcernStatus,
  type Division,
  type RiskTheme,
} from '../../lib/api'

export const STATUS_LABELS: Record<ConcernStatus, string> = {
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  'in-review': 'In review',
  referred: 'Referred',
  actioned: 'Actioned',
  closed: 'Closed',
}

/** Tag colours differ per status, but the word is always printed: colour is never the signal. */
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
  'community-group': 'From a community group',
  partner: 'From a partner agency',
  other: 'Another way',
}

export const ALREADY_REPORTED_LABELS = {
  no: 'No',
  mash: 'Yes, to the MASH',
  police: 'Yes, to the police',
  'mash-and-police': 'Yes, to the MASH and the police',
  'not-sure': 'Not sure',
} as const

export const OTHER_THEME_TITLE = 'Something else'

/** Names for the ids a concern carries, from the reference data (ids until it has loaded). */
export interface Names {
  division: (id: string) => string
  theme: (id: string) => string
  subTheme: (themeId: string, subThemeId: string | null) => string | null
}

export function namesFrom(
  divisions: readonly Division[] | undefined,
  themes: readonly RiskTheme[] | undefined,
): Names {
  const divisionNames = new Map((divisions ?? []).map((d) => [d.id, d.name]))
  const themesById = new Map((themes ?? []).map((t) => [t.id, t]))
  return {
    division: (id) => divisionNames.get(id) ?? id,
    theme: (id) => (id === OTHER_THEME_ID ? OTHER_THEME_TITLE : (themesById.get(id)?.title ?? id)),
    subTheme: (themeId, subThemeId) =>
      subThemeId === null
        ? null
        : (themesById.get(themeId)?.subThemes.find((s) => s.id === subThemeId)?.label ??
          subThemeId),
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
})
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
})

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso))

/** Whole days between then and now, in words: "today", "1 day", "12 days". */
export function ageInWords(iso: string, now: Date = new Date()): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS))
  if (days === 0) return 'today'
  return days === 1 ? '1 day' : `${days.toLocaleString('en-GB')} days`
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
