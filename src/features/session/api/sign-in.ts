import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest, sessionUserSchema, type SessionUser } from '../../../lib/api'
import { isSessionKey, sessionKeys } from '../../../lib/query'

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...sessionKeys.all, 'sign-in'],
    mutationFn: async (personaId: string): Promise<SessionUser> =>
      (await apiRequest(sessionUserSchema, '/session', { method: 'POST', body: { personaId } }))
        .data,
    // Signing in is never queued for later: with no signal it fails and says so.
    networkMode: 'always',
    onSuccess: (user) => {
      // Whatever a previous session left (in memory, and so in the saved copy) is not this
      // user's to see: only what is the same for everyone stays.
      queryClient.removeQueries({
        predicate: (query) => !isSessionKey(query.queryKey) && query.meta?.persist !== 'shared',
      })
      queryClient.setQueryData(sessionKeys.current(), user)
    },
  })
}
