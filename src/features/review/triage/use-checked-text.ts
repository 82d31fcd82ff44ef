import { useState } from 'react'
import { changeTextProblem, type ChangeTextField } from '../../../lib/api'

/**
 * What the chair writes in one field, checked before sending with the contract's own schema for
 * the field: the form refuses exactly what the server would, in the server's words. `more` adds
 * a check of the form's own after the contract's.
 */
export function useCheckedText(
  field: ChangeTextField,
  more?: (text: string) => string | undefined,
) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  return {
    text,
    error,
    /** Sets the text, e.g. from a template, leaving any error shown until the next change. */
    setText,
    /** A change they typed: the error it answered goes. */
    change: (value: string) => {
      setText(value)
      setError(null)
    },
    /** Checks the text now; true when it may be sent. */
    check: (): boolean => {
      const problem = changeTextProblem(field, text) ?? more?.(text.trim()) ?? null
      setError(problem)
      return problem === null
    },
  }
}
