import { isApiError } from '../../../lib/api'
import { describeError } from '../../../components/feedback/load-error'

/** What went wrong with a change, split into messages by field and messages for the whole form. */
export interface ActionErrors {
  fields: Readonly<Record<string, readonly string[]>>
  general: string[]
}

export const NO_ERRORS: ActionErrors = { fields: {}, general: [] }

/** A refused change (422 with field errors) or a failure (no connection, a server error). */
export function actionErrorsOf(error: unknown, fieldsShown: readonly string[]): ActionErrors {
  if (!isApiError(error)) return { fields: {}, general: [describeError(error)] }
  if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
    const fields: Record<string, readonly string[]> = {}
    const general: string[] = []
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
      if (fieldsShown.includes(field)) fields[field] = messages
      else general.push(...messages)
    }
    return { fields, general }
  }
  // No answer, or the server failed: the change may have been made before the answer was lost.
  if (error.isTransient) {
    return {
      fields: {},
      general: [
        `${describeError(error)} Your change may or may not have been saved: send it again as it is, and it will not be saved twice.`,
      ],
    }
  }
  return { fields: {}, general: [`Nothing was changed. ${describeError(error)}`] }
}

export const firstOf = (errors: ActionErrors, field: string): string | undefined =>
  errors.fields[field]?.[0]
