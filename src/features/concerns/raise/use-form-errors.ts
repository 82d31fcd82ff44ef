import { useState } from 'react'
import { summaryItems, type FieldErrors, type MappedServerErrors } from './validation'

const NONE: MappedServerErrors = { fields: {}, general: [] }

/**
 * The errors a page of the form shows: by each field, and all of them in the summary (messages
 * about the whole request first). Shown together, so the two never disagree.
 */
export function useFormErrors(initial: () => MappedServerErrors = () => NONE) {
  const [shown, setShown] = useState(initial)
  return {
    errors: shown.fields,
    items: summaryItems(shown.fields, shown.general),
    show: (fields: FieldErrors, general: string[] = []) => setShown({ fields, general }),
  }
}
