// The concern's vocabulary and dates are shared with the chair's side (src/domain/concern).
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

export { formatDate, formatDateTime } from '../../domain/concern/dates'
