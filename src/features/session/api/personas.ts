import { queryOptions } from '@tanstack/react-query'
// Direct module imports, not the API's index: main.tsx asks for the demo accounts before the
// sign-in page's first render, so this file is in the first bundle, and the index would bring
// every API schema (and zod) into it.
import { apiRequest } from '../../../lib/api/client'
import { sessionKeys } from '../../../lib/api/keys'

// Loaded with the request, as the session's own schema is.
const loadPersonaListSchema = () =>
  import('../../../lib/api/schemas/session').then((m) => m.personaListSchema)

/** The demo accounts offered at sign-in. A real server answers 404: it uses single sign-on. */
export const personasQuery = () =>
  queryOptions({
    queryKey: sessionKeys.personas(),
    queryFn: async ({ signal }) =>
      (await apiRequest(loadPersonaListSchema, '/session/personas', { signal })).data,
    staleTime: Infinity,
  })
