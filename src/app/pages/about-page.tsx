import { USES_MOCK_API } from '../../lib/env'
import { SAFEGUARDING_CONTACTS } from '../../lib/config/safeguarding-contacts'
import { OFFLINE_IDENTITY_HOURS } from '../../lib/config/offline'
import { WarningText } from '../../components/feedback/warning-text'
import { PhoneLink } from '../../components/phone-link'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../components/feedback/document-title'
import { REPORT_CONTACT_OFFICER, REPORT_CONTACT_PHONE } from './report-contact'

const SECTIONS = [
  { id: 'what-it-is', title: 'What this app is for' },
  { id: 'not-for-emergencies', title: 'It is not for reporting a child at risk' },
  { id: 'your-data', title: 'How your data is used' },
  { id: 'content', title: 'Where the content comes from' },
  { id: 'accessibility', title: 'Accessibility' },
] as const

type SectionId = (typeof SECTIONS)[number]['id']

const title = (id: SectionId): string => SECTIONS.find((section) => section.id === id)?.title ?? ''

export function AboutPage() {
  useDocumentTitle('About this app')
  const { emergency, mash, emergencyDutyTeam } = SAFEGUARDING_CONTACTS
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-xl">About this app</h1>

        <nav aria-label="On this page" className="app-contents">
          <h2 className="govuk-heading-s">On this page</h2>
          <ul className="govuk-list app-contents__list">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a className="govuk-link" href={`#${section.id}`}>
                  {section.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <h2 className="govuk-heading-l" id="what-it-is">
          {title('what-it-is')}
        </h2>
        <p className="govuk-body">
          Eyes and Ears is for Oxfordshire County Council’s councillors and the independent chair of
          the Oxfordshire Safeguarding Children Board (OSCB). Councillors can see the Board’s
          objectives, its progress and the challenges ahead, and raise a concern they notice in
          their division. The chair reviews every concern and replies, so the councillor sees what
          became of it.
        </p>
        <p className="govuk-body">
          It takes its name from the Chair of the OSCB’s words to councillors, as quoted in the
          Cabinet report of 21 October 2014 (para 11): ‘You can be the eyes and ears of vulnerable
          children and families in your ward making sure their voices are heard by OSCB’.
        </p>

        <h2 className="govuk-heading-l" id="not-for-emergencies">
          {title('not-for-emergencies')}
        </h2>
        <WarningText>
          Concerns raised here are about patterns and places, not about a particular child. Do not
          use this app to report a child at risk.
        </WarningText>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            If a child is in immediate danger, call <PhoneLink contact={emergency} />.
          </li>
          <li>
            If you are worried about a particular child, call the {mash.name} on{' '}
            <PhoneLink contact={mash} /> ({mash.hours}).
          </li>
          <li>
            Out of hours, call the {emergencyDutyTeam.name} on{' '}
            <PhoneLink contact={emergencyDutyTeam} />.
          </li>
        </ul>

        <h2 className="govuk-heading-l" id="your-data">
          {title('your-data')}
        </h2>
        <h3 className="govuk-heading-m">What is stored</h3>
        <p className="govuk-body">
          When you are signed in, the service knows your name, your role and, for a councillor, your
          division. It keeps the concerns councillors raise, with their status, the replies from the
          chair and the chair’s internal notes. A councillor sees only their own concerns and never
          the chair’s internal notes; the chair sees every concern.
        </p>
        <p className="govuk-body">
          Concerns must not name or identify a child or family. The form asks for no names,
          addresses, dates of birth or phone numbers, and warns you if what you type looks like
          them.
        </p>
        {USES_MOCK_API && (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              <strong>This is a demonstration with sample data only.</strong> There is no server:
              everything, including the concerns you raise, is kept in this browser’s storage on
              this device. Concerns marked ‘Sample data’ are made up. ‘Reset demo data’, at the
              bottom of every page, puts the sample data back and signs you out.
            </p>
          </div>
        )}
        <h3 className="govuk-heading-m">What is kept on this device</h3>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            A concern you are writing is saved as a draft on this device, for your account, so it is
            not lost if the page closes. It is removed when you send it or discard it.
          </li>
          <li>
            If you send a concern when there is no signal, it is kept on this device and sent once,
            automatically, when you are back online. The app shows that it is waiting.
          </li>
          <li>
            The Board’s objectives and risk themes are saved so you can read them without a signal.
          </li>
          <li>
            Your name and role, your list of concerns and each concern you have opened (with the
            chair’s replies) are saved too, so you can read them without a signal, for up to{' '}
            {OFFLINE_IDENTITY_HOURS} hours after the app last reached the server. After that, or
            when someone else signs in on this device, they are removed.
          </li>
          <li>
            Signing out removes the saved information and anything still waiting to be sent from
            this device.
          </li>
        </ul>
        <p className="govuk-body">The app uses no analytics or tracking.</p>

        <h2 className="govuk-heading-l" id="content">
          {title('content')}
        </h2>
        <p className="govuk-body">
          Everything the app says about the Board comes from one document: the report to Cabinet of
          Oxfordshire County Council on 21 October 2014, ‘Annual Report of the Oxfordshire
          Safeguarding Children Board 2013-14’, a report by the Director for Children, Education
          &amp; Families, Jim Leivers. Each fact in the app shows the paragraph of that report it
          comes from.
        </p>
        <p className="govuk-body">
          That report follows the OSCB’s annual report for 2013-14, which the Board approved on 28
          July 2014 (para 2). Electoral divisions are those in force in Oxfordshire from 2013.
        </p>
        <p className="govuk-body">
          The contact officer named in the report is {REPORT_CONTACT_OFFICER.name},{' '}
          {REPORT_CONTACT_OFFICER.role}, telephone <PhoneLink contact={REPORT_CONTACT_PHONE} />.
          (The report prints this number with its area code, 01865, twice; it is shown once here.)
        </p>

        <h2 className="govuk-heading-l" id="accessibility">
          {title('accessibility')}
        </h2>
        <p className="govuk-body">
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
          The accessibility statement says how accessible the app is, what we know does not work yet
          and how to report a problem.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link app-link-target" to="/accessibility">
            Accessibility statement
          </Link>
        </p>
        <p className="govuk-body">
          If you find any other problem with this app, or you need its content in another format,
          contact the report’s contact officer, {REPORT_CONTACT_OFFICER.name},{' '}
          {REPORT_CONTACT_OFFICER.role}, on <PhoneLink contact={REPORT_CONTACT_PHONE} />.
        </p>
      </div>
    </div>
  )
}
