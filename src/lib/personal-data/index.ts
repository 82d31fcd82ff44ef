/**
 * The personal-data detector (docs/decisions/0014): one module, run by the form (in a Web Worker)
 * and by the server on what it stores.
 */
export {
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_MESSAGES,
  type PersonalDataFinding,
  type PersonalDataKind,
} from './kinds'
export {
  findPersonalData,
  findPersonalDataInFields,
  MAX_CHECKED_LENGTH,
  type PersonalDataOptions,
} from './find'
