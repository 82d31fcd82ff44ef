// The concern's vocabulary and dates are shared with the councillor's side (src/domain/concern),
// so the chair reads the words the councillor chose.
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

export { ageInWords, formatDate, formatDateTime, formatShortDate } from '../../domain/concern/dates'
