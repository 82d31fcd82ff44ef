// The concern's vocabulary is shared with the chair's side (src/domain/concern); the long date
// forms are the councillor's pages' own.
export {
  ALREADY_REPORTED_LABELS,
  namesFrom,
  objectiveLabel,
  OTHER_THEME_TITLE,
  plural,
  SOURCE_LABELS,
  STATUS_HINTS,
  STATUS_LABELS,
  STATUS_TAG_CLASSES,
  WANTS_REPLY_LABELS,
  type Names,
} from '../../domain/concern/vocabulary'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** "3 March 2026" */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))

/** "3 March 2026 at 2:05pm" */
export const formatDateTime = (iso: string): string =>
  `${formatDate(iso)} at ${timeFormat.format(new Date(iso)).replace(/\s/g, '').toLowerCase()}`
