import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client'
import { referenceKeys } from './keys'
import { divisionListSchema, objectiveListSchema, riskThemeListSchema } from './schemas'

/*
 * Reference data that several features read (divisions, objectives, risk themes). It lives here,
 * not in one feature, because features do not import each other. Keys: src/lib/api/keys.
 */

const DAY = 24 * 60 * 60 * 1000

export const divisionsQuery = () =>
  queryOptions({
    queryKey: referenceKeys.divisions(),
    queryFn: async ({ signal }) =>
      (await apiRequest(divisionListSchema, '/divisions', { signal })).data,
    staleTime: DAY,
    meta: { persist: 'shared' },
  })

export const objectiveListQuery = () =>
  queryOptions({
    queryKey: referenceKeys.objectives(),
    queryFn: async ({ signal }) =>
      (await apiRequest(objectiveListSchema, '/objectives', { signal })).data,
    staleTime: DAY,
    meta: { persist: 'shared' },
  })

/** Theme titles and sub-themes change rarely, but each theme's concern count moves. */
export const riskThemeListQuery = () =>
  queryOptions({
    queryKey: referenceKeys.riskThemes(),
    queryFn: async ({ signal }) =>
      (await apiRequest(riskThemeListSchema, '/risk-themes', { signal })).data,
    staleTime: 60 * 1000,
    meta: { persist: 'shared' },
  })
