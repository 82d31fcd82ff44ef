/** The ids of a field's hint and error message, named alike in every field of the kit. */
export const hintId = (id: string) => `${id}-hint`
export const errorId = (id: string) => `${id}-error`

/** aria-describedby from the ids that are present; none at all leaves the attribute off. */
export const describedBy = (...ids: Array<string | false | null | undefined>): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined

/** Whether a hint (or any optional content) was given: nothing, null, '' and false are not. */
export const isGiven = (node: unknown): boolean =>
  node !== undefined && node !== null && node !== '' && node !== false

/** What describes a field: its hint and its error, as GOV.UK orders them, then anything else. */
export const fieldDescribedBy = (
  id: string,
  { hint, error }: { hint?: unknown; error?: string | null | undefined },
  ...more: Array<string | false | null | undefined>
) => describedBy(isGiven(hint) && hintId(id), error && errorId(id), ...more)
