import { WarningText } from '../../../components/feedback/warning-text'
import { PhoneLink } from '../../../components/phone-link'
import { SAFEGUARDING_CONTACTS } from '../../../lib/config/safeguarding-contacts'

/** GOV.UK warning text: a child in immediate danger needs 999, not this app. */
export function EmergencyWarning() {
  const { emergency } = SAFEGUARDING_CONTACTS
  return (
    <WarningText>
      If a child is in immediate danger, call <PhoneLink contact={emergency} /> now.
    </WarningText>
  )
}

/** Who to call about a particular child: the MASH, and out of hours the Emergency Duty Team. */
export function ParticularChildContacts({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { mash, emergencyDutyTeam } = SAFEGUARDING_CONTACTS
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>
        If you are worried about a particular child
      </Heading>
      <p className="govuk-body">
        Call the {mash.name} on <PhoneLink contact={mash} />
        {mash.hours && ` (${mash.hours})`}.
      </p>
      <p className="govuk-body">
        Out of hours, call the {emergencyDutyTeam.name} on <PhoneLink contact={emergencyDutyTeam} />
        {emergencyDutyTeam.hours && ` (${emergencyDutyTeam.hours.replace(/^Out of hours: /, '')})`}.
      </p>
    </>
  )
}
