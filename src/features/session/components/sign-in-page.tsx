import { useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { isApiError, serverTroubleReason, type Persona } from '../../../lib/api'
import { useDocumentTitle } from '../../../components/feedback/document-title'
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/feedback/error-summary'
import { Loading } from '../../../components/feedback/loading'
import { NotificationBanner } from '../../../components/feedback/notification-banner'
import { Radios } from '../../../components/form'
import { personasQuery } from '../api/personas'
import { useSignIn } from '../api/sign-in'
import type { SignInLocationState } from '../api/sign-out'
import { PhoneLink } from '../../../components/phone-link'
import { SAFEGUARDING_CONTACTS } from '../../../lib/config/safeguarding-contacts'
import { safeReturnTo } from '../return-to'

const FIELD = 'personaId'
const NOTHING_CHOSEN = 'Choose a demo account to sign in with'

export function SignInPage() {
  const personas = useQuery(personasQuery())
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const state = useLocation().state as SignInLocationState | null
  const [chosen, setChosen] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [attempts, setAttempts] = useState(0)

  // A server not in demo mode answers 404 to both: sign-in is the council's single sign-on.
  const demoOff = isNotFound(personas.error) || isNotFound(signIn.error)
  const serverError = signIn.error && !demoOff ? describeSignInError(signIn.error) : null
  const errors: ErrorSummaryItem[] = [
    ...(fieldError ? [{ fieldId: FIELD, message: fieldError }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ]
  useDocumentTitle('Sign in', { error: errors.length > 0 })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAttempts((count) => count + 1)
    signIn.reset()
    if (!chosen) {
      setFieldError(NOTHING_CHOSEN)
      return
    }
    setFieldError(null)
    signIn.mutate(chosen, {
      onSuccess: () => void navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true }),
    })
  }

  return (
    <>
      {state?.notice === 'signed-out' && errors.length === 0 && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">You have signed out.</p>
        </NotificationBanner>
      )}
      {state?.notice === 'demo-reset' && errors.length === 0 && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            The demo data has been reset and you have been signed out.
          </p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} focusKey={attempts} />

      <h1 className="govuk-heading-l">Sign in</h1>
      {demoOff ? (
        <CouncilSignIn />
      ) : (
        <p className="govuk-body">
          This is a demonstration. In a real deployment you would sign in with the council’s single
          sign-on. Here you choose a demo account instead: the names are made up, and each account
          sees what someone in that role would see.
        </p>
      )}

      {personas.isPending && <Loading label="Loading the demo accounts" />}
      {personas.isError && !demoOff && (
        <div className="govuk-inset-text">
          <p className="govuk-body">The demo accounts could not be loaded.</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void personas.refetch()}
          >
            Try again
          </button>
        </div>
      )}
      {personas.data && !demoOff && (
        <form noValidate onSubmit={onSubmit}>
          <Radios
            id={FIELD}
            name={FIELD}
            legend="Which demo account do you want to use?"
            hint="Councillors see the Board’s work and their own concerns. The chair reviews every concern."
            options={personaOptions(personas.data)}
            value={chosen}
            onChange={setChosen}
            error={fieldError}
          />
          <button
            type="submit"
            className="govuk-button"
            disabled={signIn.isPending}
            aria-disabled={signIn.isPending}
          >
            Sign in
          </button>
        </form>
      )}
    </>
  )
}

/** Each demo account, with what someone in its role sees. */
const personaOptions = (personas: readonly Persona[]) =>
  personas.map((persona) => ({
    value: persona.id,
    label: persona.name,
    hint: persona.description,
  }))

const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404

/**
 * What a server without demo accounts offers: the council's own sign-in, which this app does not
 * have yet. Nobody should be stuck here with a worry about a child, so the numbers come first.
 */
function CouncilSignIn() {
  const { emergency, mash, emergencyDutyTeam } = SAFEGUARDING_CONTACTS
  return (
    <>
      <p className="govuk-body">
        You sign in to Eyes and Ears with your Oxfordshire County Council account.
      </p>
      <div className="govuk-inset-text">
        Signing in with your council account (single sign-on) is not switched on yet. It is coming
        soon; until then you cannot sign in here.
      </div>
      <h2 className="govuk-heading-m">If you are worried about a child now</h2>
      <p className="govuk-body">
        Do not wait to sign in. If a child is in immediate danger, call{' '}
        <PhoneLink contact={emergency} />. About a particular child, call the {mash.name} on{' '}
        <PhoneLink contact={mash} /> ({mash.hours}) or, out of hours, the {emergencyDutyTeam.name}{' '}
        on <PhoneLink contact={emergencyDutyTeam} />.
      </p>
    </>
  )
}

function describeSignInError(error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'network' || error.kind === 'timeout') {
      return 'The app could not reach the server. Check your connection and try again.'
    }
    const fieldMessage = error.fieldErrors[FIELD]?.[0]
    if (fieldMessage) return fieldMessage
    const trouble = serverTroubleReason(error)
    if (trouble) return trouble
  }
  return 'Sign-in did not work. Try again.'
}
