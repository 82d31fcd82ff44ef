/**
 * Types the `meta` TanStack Query carries, so `meta: { persist: … }` is checked everywhere.
 *
 * `persist` says whether a query's answer is saved on the device for reading offline, and whose
 * it is:
 * - 'shared': the same for everyone (the Board's content, the lists the form offers). Kept until
 *   the cache is dropped.
 * - 'personal': the signed-in user's (who they are, their concerns, their unread count). Kept
 *   only while the identity may be used offline (src/lib/config/offline.ts), and forgotten on
 *   sign-out, when the server says nobody is signed in, and when someone else signs in.
 * Anything unmarked (the chair's caseload) stays in memory only. Decision 0016.
 */
export type PersistAs = 'shared' | 'personal'

export interface AppQueryMeta extends Record<string, unknown> {
  persist?: PersistAs
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppQueryMeta
  }
}
