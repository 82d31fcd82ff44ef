import { telHref, type PhoneContact } from '../lib/config/safeguarding-contacts'
import './phone-link.scss'

/**
 * A number to call, as a button a tablet can dial: every phone number in the app is this link,
 * the same size wherever it appears, in a sentence or on its own.
 */
export function PhoneLink({ contact }: { contact: PhoneContact }) {
  return (
    <a className="app-phone-link" href={telHref(contact)}>
      {contact.display}
    </a>
  )
}
