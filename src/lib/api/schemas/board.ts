import * as z from 'zod/mini'
import { idSchema, sourceParagraphSchema } from './common'

export const figureSchema = z.object({
  id: idSchema,
  /** The figure as the report prints it, e.g. "48.2%" or "400+". */
  display: z.string(),
  /** A number for charts, or null for a figure that is a date or an event. */
  value: z.nullable(z.number()),
  unit: z.nullable(z.string()),
  label: z.string(),
  /** The period or date the figure describes, in the report's words. */
  asOf: z.string(),
  sourceParagraph: sourceParagraphSchema,
})
export type Figure = z.infer<typeof figureSchema>

export const progressItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  sourceParagraph: sourceParagraphSchema,
})
export type ProgressItem = z.infer<typeof progressItemSchema>

export const evidenceSchema = z.object({
  id: idSchema,
  quote: z.string(),
  attribution: z.string(),
  sourceParagraph: sourceParagraphSchema,
})
export type Evidence = z.infer<typeof evidenceSchema>

export const objectiveSchema = z.object({
  id: idSchema,
  number: z.int().check(z.minimum(1)),
  shortTitle: z.string(),
  /** The objective's full wording from the Business Plan, as quoted in the report. */
  wording: z.string(),
  summary: z.string(),
  progress: z.array(progressItemSchema),
  figures: z.array(figureSchema),
  evidence: z.array(evidenceSchema),
  sourceParagraph: sourceParagraphSchema,
  relatedRiskThemeIds: z.array(idSchema),
})
export type Objective = z.infer<typeof objectiveSchema>
export const objectiveListSchema = z.array(objectiveSchema)

export const subThemeSchema = z.object({ id: idSchema, label: z.string() })
export type SubTheme = z.infer<typeof subThemeSchema>

export const riskThemeSchema = z.object({
  id: idSchema,
  number: z.int().check(z.minimum(1)),
  title: z.string(),
  description: z.string(),
  subThemes: z.array(subThemeSchema),
  sourceParagraph: sourceParagraphSchema,
  relatedObjectiveIds: z.array(idSchema),
  /** How many concerns have been raised under this theme, across all councillors. */
  concernCount: z.int().check(z.minimum(0)),
})
export type RiskTheme = z.infer<typeof riskThemeSchema>
export const riskThemeListSchema = z.array(riskThemeSchema)

export const divisionSchema = z.object({
  id: idSchema,
  name: z.string(),
  district: z.string(),
  councillors: z.int().check(z.minimum(1)),
})
export type Division = z.infer<typeof divisionSchema>
export const divisionListSchema = z.array(divisionSchema)
