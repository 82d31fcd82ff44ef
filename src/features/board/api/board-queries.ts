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

/**
 * The board feature's one key factory. The lists are shared reference data (src/lib/api), so the
 * detail keys sit under the same prefixes: invalidating `referenceKeys.riskThemes()` after a
 * concern is raised refreshes a theme's detail page and its concern count too.
 */
export const boardKeys = {
  objectives: () => referenceKeys.objectives(),
  objective: (id: string) => [...referenceKeys.objectives(), 'detail', id] as const,
  riskThemes: () => referenceKeys.riskThemes(),
  riskTheme: (id: string) => [...referenceKeys.riskThemes(), 'detail', id] as const,
}

const DAY = 24 * 60 * 60 * 1000

export const objectivesQuery = objectiveListQuery

export const riskThemesQuery = riskThemeListQuery

export const objectiveQuery = (id: string) =>
  queryOptions({
    queryKey: boardKeys.objective(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(objectiveSchema, `/objectives/${encodeURIComponent(id)}`, { signal })).data,
    staleTime: DAY,
    meta: { persist: true },
  })

export const riskThemeQuery = (id: string) =>
  queryOptions({
    queryKey: boardKeys.riskTheme(id),
    queryFn: async ({ signal }) =>
      (await apiRequest(riskThemeSchema, `/risk-themes/${encodeURIComponent(id)}`, { signal }))
        .data,
    // The concern count moves as councillors raise concerns.
    staleTime: 60 * 1000,
    meta: { persist: true },
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
        .getQueryData<Objective[]>(boardKeys.objectives())
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
        .getQueryData<RiskTheme[]>(boardKeys.riskThemes())
        ?.find((theme) => theme.id === id),
  })
}
