// The concern's vocabulary is shared with the councillor's side (src/domain/concern), so the
// chair reads the words the councillor chose; the short date forms are the chair's pages' own.
export {
  ALREADY_REPORTED_LABELS,
  namesFrom,
  OPEN_STATUSES,
  OTHER_THEME_TITLE,
  plural,
  SOURCE_LABELS,
  STATUS_LABELS,
  STATUS_TAG_CLASSES,
  type Names,
} from '../../domain/concern/vocabulary'

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
