import type { Mutation, Query } from '@tanstack/react-query'

/** Only what must survive a reload: mutations waiting for signal, and non-personal data. */
export const dehydrateOptions = {
  shouldDehydrateMutation: (mutation: Mutation) => mutation.state.isPaused,
  shouldDehydrateQuery: (query: Query) =>
    query.state.status === 'success' && query.meta?.persist === true,
}
