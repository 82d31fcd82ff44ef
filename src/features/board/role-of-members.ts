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

/** The documented route for raising a concern; `theme` preselects a risk theme on the form. */
export const raiseConcernHref = (themeId?: string): string =>
  themeId ? `/concerns/new?theme=${encodeURIComponent(themeId)}` : '/concerns/new'
