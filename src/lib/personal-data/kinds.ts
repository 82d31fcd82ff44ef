/**
 * What the detector reports. A finding is a span of the text that looks as if it identifies a
 * child or family; `start` and `end` are UTF-16 offsets, so `text.slice(start, end) === match`
 * and the form can mark the finding where it is.
 */
export const PERSONAL_DATA_KINDS = [
  'name',
  'date',
  'age',
  'postcode',
  'phone',
  'email',
  'address',
  'school-year',
  'nhs-number',
] as const

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number]

export interface PersonalDataFinding {
  kind: PersonalDataKind
  /** The text that looks identifying, exactly as typed. */
  match: string
  start: number
  end: number
}

/** Why each kind matters and what to do instead, in the words the form and the server show. */
export const PERSONAL_DATA_MESSAGES: Readonly<Record<PersonalDataKind, string>> = {
  name: 'This looks like a person’s name. Describe the situation without naming anyone.',
  date: 'This looks like a date, which could be a date of birth. Leave out exact dates about people.',
  age: 'This looks like a child’s exact age. With a place, an age can identify a child. Say ‘a young child’ or ‘a teenager’ instead.',
  postcode:
    'This looks like a full postcode, which can point to one home. Give the general area instead.',
  phone: 'This looks like a phone number. Leave out contact details of children or families.',
  email: 'This looks like an email address. Leave out contact details of children or families.',
  address: 'This looks like a street address. Describe the place in general terms instead.',
  'school-year': 'A school together with a year group can identify a child. Leave one of them out.',
  'nhs-number': 'This looks like an NHS number, which identifies one person. Leave it out.',
}
