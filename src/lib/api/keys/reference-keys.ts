/**
 * Reference data that several features read (divisions, objectives, risk themes). The detail keys
 * sit under the lists' prefixes: invalidating `referenceKeys.riskThemes()` after a concern is
 * raised refreshes a theme's detail page and its concern count too. Persisted (see the queries).
 */
export const referenceKeys = {
  all: ['reference'] as const,
  divisions: () => [...referenceKeys.all, 'divisions'] as const,
  objectives: () => [...referenceKeys.all, 'objectives'] as const,
  objective: (id: string) => [...referenceKeys.objectives(), 'detail', id] as const,
  riskThemes: () => [...referenceKeys.all, 'risk-themes'] as const,
  riskTheme: (id: string) => [...referenceKeys.riskThemes(), 'detail', id] as const,
}
