import { queryOptions } from '@tanstack/react-query'
import { apiRequest, personaListSchema } from '../../../lib/api'
import { sessionKeys } from '../../../lib/query'

/** The demo accounts offered at sign-in. A real server answers 404: it uses single sign-on. */
export const personasQuery = () =>
  queryOptions({
    queryKey: sessionKeys.personas(),
    queryFn: async ({ signal }) =>
      (await apiRequest(personaListSchema, '/session/personas', { signal })).data,
    staleTime: Infinity,
  })
