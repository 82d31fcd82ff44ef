export { PERSONAL_DATA_DELAY_MS, usePersonalDataFindings } from './use-personal-data-findings'
export type { PersonalDataField, PersonalDataFindings, PersonalDataTexts } from './protocol'
