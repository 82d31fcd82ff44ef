import { useState } from 'react'
import { changeTextProblem, CONCERN_LIMITS, type ChangeTextField } from '../../../lib/api'

/**
 * What the chair writes in one field of a change, checked before sending with the contract's own
 * schema for the field: the form refuses exactly what the server would, in the server's words.
 * `more` adds a check of the form's own after the contract's, given the trimmed text.
 */
export function useCheckedText(name: ChangeTextField, more?: (text: string) => string | undefined) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  /** A change they typed: the error it answered goes. */
  const change = (value: string) => {
    setText(value)
    setError(null)
  }
  return {
    text,
    /** Puts text back as it was (e.g. what a template replaced), leaving any error shown. */
    setText,
    change,
    clearError: () => setError(null),
    /** Checks the text now; true when it may be sent. */
    check: (): boolean => {
      const problem = changeTextProblem(name, text) ?? more?.(text.trim()) ?? null
      setError(problem)
      return problem === null
    },
    /** Props for the kit's CharacterCount; the server's message shows until the form has its own. */
    field: (serverError: string | undefined) =>
      ({
        id: name,
        labelSize: 's',
        value: text,
        onChange: change,
        error: error ?? serverError,
        maxLength: CONCERN_LIMITS[`${name}Max`],
      }) as const,
  }
}
