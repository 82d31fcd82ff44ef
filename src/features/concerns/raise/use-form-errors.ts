import { useState } from 'react'
import {
  summaryItems,
  type FieldErrors,
  type FormField,
  type MappedServerErrors,
} from './validation'

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
    /** Takes a field's error away once it is put right. */
    clear: (field: FormField) =>
      setShown((current) => {
        if (!current.fields[field]) return current
        const fields = { ...current.fields }
        delete fields[field]
        return { ...current, fields }
      }),
  }
}
