/**
 * The safeguarding numbers the app shows before anyone raises a concern. They are the numbers
 * Oxfordshire County Council publishes; a deployment corrects them HERE, and only here, if they
 * change. Nothing else in the app may hard-code them.
 */
export interface PhoneContact {
  /** Who answers, as shown to the user. */
  readonly name: string
  /** As printed, with spaces for reading aloud. */
  readonly display: string
  /** For tel: links: digits only, no spaces. */
  readonly dial: string
  /** When the line is open, in words; absent when it always is. */
  readonly hours?: string
}

export interface SafeguardingContacts {
  readonly emergency: PhoneContact
  readonly mash: PhoneContact
  readonly emergencyDutyTeam: PhoneContact
}

export const SAFEGUARDING_CONTACTS: SafeguardingContacts = {
  emergency: {
    name: 'Police or ambulance (a child in immediate danger)',
    display: '999',
    dial: '999',
  },
  mash: {
    name: 'Multi-Agency Safeguarding Hub (MASH)',
    display: '0345 050 7666',
    dial: '03450507666',
    hours: 'Monday to Thursday 8.30am to 5pm, Friday 8.30am to 4pm',
  },
  emergencyDutyTeam: {
    name: 'Emergency Duty Team',
    display: '0800 833 408',
    dial: '0800833408',
    hours: 'Out of hours: evenings, weekends and bank holidays',
  },
}

/** The tel: link for a contact. */
export const telHref = (contact: PhoneContact): string => `tel:${contact.dial}`

export const SAFEGUARDING_CONTACT_LIST: readonly PhoneContact[] = [
  SAFEGUARDING_CONTACTS.emergency,
  SAFEGUARDING_CONTACTS.mash,
  SAFEGUARDING_CONTACTS.emergencyDutyTeam,
]

/** Every public number above, e.g. so a personal-data check does not flag them as private. */
export const PUBLIC_PHONE_NUMBERS: readonly string[] = SAFEGUARDING_CONTACT_LIST.map(
  (contact) => contact.display,
)
