import { SAFEGUARDING_CONTACTS, telHref } from '../../../lib/config/safeguarding-contacts'
import { BackLink } from '../page-parts'
import { EmergencyWarning, ParticularChildContacts } from './safeguarding'
import { PhoneLink } from '../../../components/phone-link'
import { PageTitle } from '../../../components/feedback/page-title'

/** "A child is in danger now": call 999. There is deliberately no way on to the form from here. */
export function CallEmergencyPage() {
  const { emergency } = SAFEGUARDING_CONTACTS
  return (
    <div className="app-concerns">
      <PageTitle text="Call 999 now" />
      <BackLink to="/concerns/new">Back</BackLink>
      <h1 className="govuk-heading-l">Call 999 now</h1>
      <p className="govuk-body-l">
        If a child is in immediate danger, call the police or an ambulance on{' '}
        <PhoneLink contact={emergency} />.
      </p>
      <a className="govuk-button app-concerns-call-button" href={telHref(emergency)}>
        Call {emergency.display}
      </a>
      <p className="govuk-body">
        This app cannot send help, and nobody watches it around the clock. Do not use it to report a
        child in danger.
      </p>
      <ParticularChildContacts />
    </div>
  )
}

/** "A worry about a particular child": that is the MASH's to act on, not this app's. */
export function ParticularChildPage() {
  const { mash } = SAFEGUARDING_CONTACTS
  return (
    <div className="app-concerns">
      <PageTitle text="Call the MASH about a particular child" />
      <BackLink to="/concerns/new">Back</BackLink>
      <h1 className="govuk-heading-l">Call the MASH about a particular child</h1>
      <p className="govuk-body-l">
        A worry about a particular child or family needs the {mash.name}, who can act on it. Do not
        raise it in this app: concerns here are about patterns and places, and nobody watches them
        around the clock.
      </p>
      <a className="govuk-button app-concerns-call-button" href={telHref(mash)}>
        Call the MASH on {mash.display}
      </a>
      <ParticularChildContacts />
      <EmergencyWarning />
    </div>
  )
}
