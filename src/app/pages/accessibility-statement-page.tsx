import { Link } from 'react-router'
import { useDocumentTitle } from '../../components/feedback/document-title'
import { PhoneLink } from '../../components/phone-link'
import { REPORT_CONTACT_OFFICER, REPORT_CONTACT_PHONE } from './report-contact'

/**
 * The accessibility statement, in the order and words of the model statement for public sector
 * bodies (GOV.UK's "Sample accessibility statement"). Only what is known is said: the app has no
 * contact of its own yet, so it says so, and every known issue below was found by its own tests.
 */
export function AccessibilityStatementPage() {
  useDocumentTitle('Accessibility statement')
  const contact = `${REPORT_CONTACT_OFFICER.name}, ${REPORT_CONTACT_OFFICER.role}`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-xl">Accessibility statement for Eyes and Ears</h1>
        <p className="govuk-body">
          This accessibility statement applies to Eyes and Ears, the app for Oxfordshire County
          Council’s councillors and the independent chair of the Oxfordshire Safeguarding Children
          Board (OSCB).
        </p>
        <p className="govuk-body">
          We want as many people as possible to be able to use this app. For example, that means you
          should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>use every part of it with a keyboard alone, or with a screen reader</li>
          <li>use it on a tablet held either way, or on a phone, without scrolling sideways</li>
          <li>zoom in on text without it spilling off the screen</li>
          <li>read every chart as a table and as a sentence, as well as a picture</li>
          <li>
            tap buttons, links and phone numbers with a finger: we aim for each to be at least 44 by
            44 pixels
          </li>
        </ul>

        <h2 className="govuk-heading-l">How accessible this app is</h2>
        <p className="govuk-body">We know some parts of this app are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          {KNOWN_ISSUES.map((issue) => (
            <li key={issue.id}>{issue.summary}</li>
          ))}
        </ul>

        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">
          This app does not yet have an email address or phone line of its own. Until it does,
          contact the officer named in the Cabinet report the app is built on, {contact}, on{' '}
          <PhoneLink contact={REPORT_CONTACT_PHONE} />, if you need information in this app in a
          different format, such as large print or an audio recording.
        </p>
        <p className="govuk-body">
          We will consider your request. We cannot yet say how many days it will take to get back to
          you.
        </p>

        <h2 className="govuk-heading-l">Reporting accessibility problems with this app</h2>
        <p className="govuk-body">
          We’re always looking to improve the accessibility of this app. If you find any problems
          not listed on this page or think we’re not meeting accessibility requirements, contact{' '}
          {contact}, on <PhoneLink contact={REPORT_CONTACT_PHONE} />. Tell us which page it was and
          what you were trying to do.
        </p>

        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the ‘accessibility regulations’). If you’re not happy with how we respond to your
          complaint, contact the Equality Advisory and Support Service (EASS).
        </p>
        <p className="govuk-body">
          <a className="govuk-link app-link-target" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
        </p>

        <h2 className="govuk-heading-l">Technical information about this app’s accessibility</h2>
        <p className="govuk-body">
          We are committed to making this app accessible, in accordance with the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-m">Compliance status</h3>
        <p className="govuk-body">
          This app is partially compliant with the Web Content Accessibility Guidelines version 2.2
          AA standard, due to the non-compliances listed below. It has not yet been audited by an
          accessibility specialist, so there may be problems we have not found.
        </p>

        <h2 className="govuk-heading-l">Non-accessible content</h2>
        <p className="govuk-body">
          The content listed below is non-accessible for the following reasons.
        </p>
        <h3 className="govuk-heading-m">Non-compliance with the accessibility regulations</h3>
        {KNOWN_ISSUES.map((issue) => (
          <p className="govuk-body" key={issue.id}>
            {issue.detail}
          </p>
        ))}
        <h3 className="govuk-heading-m">Disproportionate burden</h3>
        <p className="govuk-body">We are not claiming disproportionate burden for any content.</p>
        <h3 className="govuk-heading-m">Content that’s not within the scope of the regulations</h3>
        <p className="govuk-body">We are not relying on any exemption for content in this app.</p>

        <h2 className="govuk-heading-l">What we’re doing to improve accessibility</h2>
        <p className="govuk-body">
          Every change to the app is checked by the tests described below before it is released. We
          will fix the problems listed above and update this statement when we do.
        </p>

        <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
        <p className="govuk-body">
          This statement was prepared on 1 December 2026. It was last reviewed on 1 December 2026.
        </p>
        <p className="govuk-body">
          This app was last tested on 1 December 2026 by the team that builds it, not by an outside
          auditor. We tested it in the Chromium browser at two tablet sizes, 768 by 1024 and 1024 by
          768 pixels, with:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>automated accessibility checks (axe-core, against WCAG 2.2 A and AA) on its pages</li>
          <li>
            a check that measures every button, link and form control on each councillor’s page and
            lists any smaller than 44 by 44 pixels
          </li>
          <li>its main journeys done with a keyboard alone</li>
        </ul>
        <p className="govuk-body">
          It has not yet been tested with screen readers or by disabled people using it.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link app-link-target" to="/about">
            About this app and your data
          </Link>
        </p>
      </div>
    </div>
  )
}

/**
 * What the app's own tests found and are not fixed, each with the WCAG 2.2 success criterion it
 * fails. Remove an entry when its fix is released.
 */
const KNOWN_ISSUES = [
  {
    id: 'session-timeout',
    summary:
      'on the council’s server, you are signed out after 30 minutes without using the app, with no warning and no way to ask for more time',
    detail:
      'When the app runs on the council’s server, a session ends after 30 minutes without use, and after 12 hours in any case, without warning you first or letting you extend it. A concern you were writing is kept as a draft on this device, but you have to sign in again to carry on. This fails WCAG 2.2 success criterion 2.2.1 (timing adjustable). We plan to warn you a few minutes before and let you stay signed in.',
  },
] as const
