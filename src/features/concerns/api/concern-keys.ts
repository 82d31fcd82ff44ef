import type { ConcernQuery } from '../../../lib/api/schemas/concerns'

/**
 * The concerns feature's one key factory. Everything sits under 'concerns' (the chair's review
 * feature keeps its own under 'review'). Nothing here is persisted: concerns are personal.
 */
export const concernKeys = {
  all: ['concerns'] as const,
  lists: () => [...concernKeys.all, 'list'] as const,
  list: (query: ConcernQuery) => [...concernKeys.lists(), query] as const,
  details: () => [...concernKeys.all, 'detail'] as const,
  detail: (id: string) => [...concernKeys.details(), id] as const,
  /** Mutation key of raising a concern; its defaults are registered at start-up. */
  create: () => [...concernKeys.all, 'create'] as const,
}

/**
 * The risk themes' key (referenceKeys.riskThemes() in src/lib/api), written out because that
 * module brings the zod schemas with it and this one is in the first bundle. A unit test checks
 * the two agree.
 */
export const RISK_THEMES_KEY = ['reference', 'risk-themes'] as const
