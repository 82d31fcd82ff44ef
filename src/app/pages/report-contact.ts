import type { PhoneContact } from '../../lib/config/safeguarding-contacts'

/**
 * The contact officer the Cabinet report names (it prints the area code twice; it is dialled
 * once). The app has no contact of its own yet, so the about page and the accessibility statement
 * send people to her, and say so.
 */
export const REPORT_CONTACT_OFFICER = {
  name: 'Hannah Farncombe',
  role: 'Safeguarding Manager',
} as const

export const REPORT_CONTACT_PHONE: PhoneContact = {
  name: `${REPORT_CONTACT_OFFICER.name}, ${REPORT_CONTACT_OFFICER.role}`,
  display: '01865 815273',
  dial: '01865815273',
}
