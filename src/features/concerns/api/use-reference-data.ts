import { useQuery } from '@tanstack/react-query'
import { divisionsQuery, objectiveListQuery, riskThemeListQuery } from '../../../lib/api'
import type { ReferenceData } from '../raise/validation'

/**
 * The divisions, risk themes and objectives the form offers. They are kept on the device
 * (non-personal, `meta.persist`), so a councillor who has opened the app before can raise a
 * concern with no signal.
 */
export function useReferenceData() {
  const divisions = useQuery(divisionsQuery())
  const themes = useQuery(riskThemeListQuery())
  const objectives = useQuery(objectiveListQuery())
  const all = [divisions, themes, objectives]
  const data: ReferenceData | undefined =
    divisions.data && themes.data && objectives.data
      ? {
          divisions: divisions.data,
          themes: [...themes.data].sort((a, b) => a.number - b.number),
          objectives: [...objectives.data].sort((a, b) => a.number - b.number),
        }
      : undefined
  const failed = all.find((query) => query.isError)
  return {
    data,
    error: failed?.error,
    isError: failed !== undefined && data === undefined,
    /** Some list is still missing and waits for a signal to ask for it (it will, by itself). */
    isPaused: data === undefined && all.some((query) => query.fetchStatus === 'paused'),
    isFetching: all.some((query) => query.isFetching),
    refetch: () => {
      for (const query of all) if (query.isError) void query.refetch()
    },
  }
}
