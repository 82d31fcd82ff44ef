/**
 * Types the `meta` TanStack Query carries, so `meta: { persist: true }` is checked everywhere.
 * A query marked `persist` is kept on the device for offline use: only non-personal data.
 */
export interface AppQueryMeta extends Record<string, unknown> {
  persist?: boolean
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppQueryMeta
  }
}
