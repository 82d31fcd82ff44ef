import { THEME_CHOICES } from '../../domain/concern/vocabulary'

/**
 * Para 11 of the report, the reason the app exists. It is not served by the API (which carries the
 * objectives and risk themes), so the words live here, exactly as the report prints them.
 */
export const ROLE_OF_MEMBERS = {
  sourceParagraph: 11,
  attribution: 'As the Chair of the OSCB has said',
  quote:
    'You can be the eyes and ears of vulnerable children and families in your ward making sure their voices are heard by OSCB',
} as const

/** The route for raising a concern. The form asks what it is about in a councillor's own words. */
export const RAISE_CONCERN_HREF = '/concerns/new'

/**
 * Whether a concern can be raised under a risk theme: the form's choices file under the report's
 * themes, but none under the Serious Case Reviews, a Board milestone rather than something to raise.
 */
export const canRaiseUnder = (themeId: string): boolean =>
  THEME_CHOICES.some((choice) => choice.themeId === themeId)
