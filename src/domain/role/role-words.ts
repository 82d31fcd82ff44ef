/**
 * The words for the two roles on the 403 page, held once: whom a page for each role is for, and
 * where each role goes instead when it opens a page meant for the other. Schema-free (types only).
 */
import type { Role } from '../../lib/api/schemas/session'

export interface RoleWords {
  /** Whom a page for this role is for, after "This page is only for". */
  pageIsFor: string
  /** Where this role goes instead, shown on the 403 page of a page meant for the other role. */
  elsewhere: { says: string; to: string; linkText: string }
}

export const ROLE_WORDS: Record<Role, RoleWords> = {
  councillor: {
    pageIsFor: 'councillors',
    elsewhere: {
      says: 'Councillors raise concerns and follow them in My concerns.',
      to: '/concerns',
      linkText: 'Go to your concerns',
    },
  },
  chair: {
    pageIsFor: 'the independent chair of the Oxfordshire Safeguarding Children Board',
    elsewhere: {
      says: 'As the chair, you see every concern in the review pages.',
      to: '/review',
      linkText: 'Go to the concerns to review',
    },
  },
}
