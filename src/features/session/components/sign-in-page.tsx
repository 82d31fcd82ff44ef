import { useState, type FormEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { isApiError, type Persona } from '../../../lib/api'
import { useDocumentTitle } from '../../../components/document-title'
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/error-summary'
import { Loading } from '../../../components/loading'
import { NotificationBanner } from '../../../components/notification-banner'
import { personasQuery } from '../api/personas'
import { useSignIn } from '../api/sign-in'
import type { SignInLocationState } from '../api/sign-out'
import { safeReturnTo } from '../return-to'

const FIELD = 'personaId'
const NOTHING_CHOSEN = 'Choose a demo account to sign in with'

const radioId = (index: number) => (index === 0 ? FIELD : `${FIELD}-${index + 1}`)

export function SignInPage() {
  const personas = useQuery(personasQuery())
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const state = useLocation().state as SignInLocationState | null
  const [chosen, setChosen] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [attempts, setAttempts] = useState(0)

  const serverError = signIn.error ? describeSignInError(signIn.error) : null
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
      <p className="govuk-body">
        This is a demonstration. In a real deployment you would sign in with the council’s single
        sign-on. Here you choose a demo account instead: the names are made up, and each account
        sees what someone in that role would see.
      </p>

      {personas.isPending && <Loading label="Loading the demo accounts" />}
      {personas.isError && (
        <div className="govuk-inset-text">
          {isApiError(personas.error) && personas.error.status === 404 ? (
            <p className="govuk-body">
              This server does not offer demo accounts. Sign in through the council’s single
              sign-on.
            </p>
          ) : (
            <>
              <p className="govuk-body">The demo accounts could not be loaded.</p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => void personas.refetch()}
              >
                Try again
              </button>
            </>
          )}
        </div>
      )}
      {personas.data && (
        <form noValidate onSubmit={onSubmit}>
          <PersonaRadios
            personas={personas.data}
            chosen={chosen}
            error={fieldError}
            onChoose={(id) => {
              setChosen(id)
            }}
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

interface PersonaRadiosProps {
  personas: readonly Persona[]
  chosen: string | null
  error: string | null
  onChoose: (id: string) => void
}

function PersonaRadios({ personas, chosen, error, onChoose }: PersonaRadiosProps) {
  const hintId = `${FIELD}-hint`
  const errorId = `${FIELD}-error`
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Which demo account do you want to use?
        </legend>
        <div id={hintId} className="govuk-hint">
          Councillors see the Board’s work and their own concerns. The chair reviews every concern.
        </div>
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-radios">
          {personas.map((persona, index) => {
            const id = radioId(index)
            const itemHintId = `${id}-item-hint`
            return (
              <div className="govuk-radios__item" key={persona.id}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={FIELD}
                  type="radio"
                  value={persona.id}
                  checked={chosen === persona.id}
                  onChange={() => onChoose(persona.id)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {persona.name}
                </label>
                <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                  {persona.description}
                </div>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

function describeSignInError(error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'network' || error.kind === 'timeout') {
      return 'The app could not reach the server. Check your connection and try again.'
    }
    const fieldMessage = error.fieldErrors[FIELD]?.[0]
    if (fieldMessage) return fieldMessage
    if (error.status >= 500) return 'Sorry, the server had a problem. Try again in a moment.'
  }
  return 'Sign-in did not work. Try again.'
}
