import { telHref, type PhoneContact } from '../lib/config/safeguarding-contacts'
import './phone-link.scss'

/** A number to call, as a link a tablet can dial; every phone number in the app is this link. */
export function PhoneLink({ contact }: { contact: PhoneContact }) {
  return (
    <a className="govuk-link app-phone-link" href={telHref(contact)}>
      {contact.display}
    </a>
  )
}
