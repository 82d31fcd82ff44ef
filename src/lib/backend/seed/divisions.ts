import type { Division } from '../../api/schemas'
import source from './divisions.json'

/** The 61 county electoral divisions in force 2013–2025, with where the list comes from. */
export const DIVISIONS: readonly Division[] = source.divisions.map(
  ({ id, name, district, councillors }) => ({ id, name, district, councillors }),
)

/** Provenance of the list, kept with the data so nobody mistakes it for checked fact. */
export const DIVISIONS_SOURCE = {
  source: source.source,
  sourcesChecked: source.sources_checked,
  uncertainSpellings: source.uncertain_spellings,
} as const

const byId = new Map(DIVISIONS.map((division) => [division.id, division]))

export const findDivision = (id: string): Division | undefined => byId.get(id)
