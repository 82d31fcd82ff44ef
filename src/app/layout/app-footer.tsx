import { Link } from 'react-router'
import { USES_MOCK_API } from '../../lib/env'
import { PhoneLink } from '../../components/phone-link'
import { SAFEGUARDING_CONTACTS } from '../../lib/config/safeguarding-contacts'
import { useResetDemoData } from '../../features/session'

export function AppFooter() {
  const { emergency, mash } = SAFEGUARDING_CONTACTS
  return (
    <footer className="app-footer">
      <div className="app-width-container">
        <p className="govuk-body-s app-footer__safeguarding">
          <strong>This app is not for reporting a child at risk.</strong> If a child is in immediate
          danger, call <PhoneLink contact={emergency} />. If you are worried about a child, call the{' '}
          {mash.name} on <PhoneLink contact={mash} />.
        </p>
        <ul className="app-footer__links">
          <li>
            <Link className="govuk-link app-footer__link" to="/about">
              About this app and your data
            </Link>
          </li>
          <li>
            <Link className="govuk-link app-footer__link" to="/accessibility">
              Accessibility statement
            </Link>
          </li>
        </ul>
        {USES_MOCK_API && <DemoControls />}
      </div>
    </footer>
  )
}

function DemoControls() {
  const reset = useResetDemoData()
  return (
    <div className="app-footer__demo">
      <p className="govuk-body-s app-footer__demo-note">
        <strong>Demo: sample data only.</strong> Nothing you enter leaves this browser.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-footer__reset"
        onClick={() => reset.mutate()}
        disabled={reset.isPending}
      >
        Reset demo data
      </button>
      {reset.isError && (
        <p className="govuk-error-message" role="alert">
          The demo data could not be reset. Reload the page and try again.
        </p>
      )}
    </div>
  )
}
