import { describeError } from '../../../../components/feedback/load-error'
import { isApiError } from '../../../../lib/api'
import { PartlyRedactedError } from '../../api/redact-concern'

/** Why text was not removed, in words; the page shows the concern as stored afterwards. */
export function redactionFailure(error: unknown, places: number): string[] {
  if (error instanceof PartlyRedactedError) {
    return [
      `Only ${error.removed} of the ${places} places were removed. ${describeError(error.cause)} The page shows what is left: remove the rest again.`,
    ]
  }
  if (isApiError(error)) {
    if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
      return [`Nothing was removed. ${Object.values(error.fieldErrors).flat().join(' ')}`]
    }
    if (error.isTransient) {
      return [
        `${describeError(error)} The text may or may not have been removed: the concern has been loaded again, so check it before trying again.`,
      ]
    }
  }
  return [`Nothing was removed. ${describeError(error)}`]
}
