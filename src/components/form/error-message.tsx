/** A GOV.UK error message. "Error:" is read out before it, so it is never mistaken for a hint. */
export function ErrorMessage({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  )
}
