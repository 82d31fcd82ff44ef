import { useDocumentTitle } from '../../components/feedback/document-title'

/**
 * With no signal and no recent sign-in saved on this device: nothing of anyone's can be shown,
 * and signing in needs the server. It says so plainly, and the guard moves on by itself when the
 * signal returns (the session query resumes), so there is nothing to press.
 */
export function SignInWhenOnline({ hours }: { hours: number }) {
  useDocumentTitle('You need to sign in when you are back online')
  return (
    <>
      <h1 className="govuk-heading-l">You need to sign in when you are back online</h1>
      <p className="govuk-body">
        You're offline. Without a signal, this device opens the app only for someone who signed in
        on it in the last {hours === 1 ? 'hour' : `${hours} hours`}.
      </p>
      <p className="govuk-body">
        This page will move on by itself when you are back online. Anything you queued to send is
        kept on this device.
      </p>
    </>
  )
}
