import type { Mutation, Query } from '@tanstack/react-query'
import { isWithinOfflineLimit } from '../config/offline'

/**
 * What survives a reload: mutations waiting for signal, shared data, and the user's own data while
 * it is recent enough to be read offline (decision 0016). A personal answer past the limit is
 * left out of the next save, so it leaves the device even if the app is never opened online again.
 */
export const dehydrateOptions = {
  shouldDehydrateMutation: (mutation: Mutation) => mutation.state.isPaused,
  shouldDehydrateQuery: (query: Query) => {
    if (query.state.status !== 'success') return false
    switch (query.meta?.persist) {
      case 'shared':
        return true
      case 'personal':
        // A session that says nobody is signed in (null) is nobody's to keep.
        return query.state.data !== null && isWithinOfflineLimit(query.state.dataUpdatedAt)
      default:
        return false
    }
  },
}
