import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  apiRequest,
  type Objective,
  objectiveListQuery,
  objectiveSchema,
  referenceKeys,
  riskThemeListQuery,
  riskThemeSchema,
  type RiskTheme,
} from '../../../lib/api'

// The board reads the shared reference data: its keys are referenceKeys (src/lib/api/keys).

const DAY = 24 * 60 * 60 * 1000

export const objectivesQuery = objectiveListQuery

export const riskThemesQuery = riskThemeListQuery

export const objectiveQuery = (id: string) =>
  queryOptions({
    queryKey: referenceKeys.objective(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(objectiveSchema, `/objectives/${encodeURIComponent(id)}`, { signal })).data,
    staleTime: DAY,
    meta: { persist: 'shared' },
  })

export const riskThemeQuery = (id: string) =>
  queryOptions({
    queryKey: referenceKeys.riskTheme(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(riskThemeSchema, `/risk-themes/${encodeURIComponent(id)}`, { signal }))
        .data,
    // The concern count moves as councillors raise concerns.
    staleTime: 60 * 1000,
    meta: { persist: 'shared' },
  })

/**
 * One objective, shown at once from the list when the list is already loaded (coming from a card),
 * while its own request confirms it.
 */
export function useObjective(id: string) {
  const queryClient = useQueryClient()
  return useQuery({
    ...objectiveQuery(id),
    placeholderData: () =>
      queryClient
        .getQueryData<Objective[]>(referenceKeys.objectives())
        ?.find((objective) => objective.id === id),
  })
}

/** One risk theme, shown at once from the list when it is loaded, while its request runs. */
export function useRiskTheme(id: string) {
  const queryClient = useQueryClient()
  return useQuery({
    ...riskThemeQuery(id),
    placeholderData: () =>
      queryClient
        .getQueryData<RiskTheme[]>(referenceKeys.riskThemes())
        ?.find((theme) => theme.id === id),
  })
}
