import { useMemo } from 'react'
import type { Division } from '../../lib/api'

/** Districts A to Z, each with its divisions A to Z: how councillors find a division. */
export function divisionsByDistrict(
  divisions: readonly Division[],
): Array<[district: string, divisions: Division[]]> {
  const groups = new Map<string, Division[]>()
  for (const division of [...divisions].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))) {
    groups.set(division.district, [...(groups.get(division.district) ?? []), division])
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
}

/** A select's divisions, in an optgroup per district. */
export function DivisionOptions({ divisions }: { divisions: readonly Division[] }) {
  const groups = useMemo(() => divisionsByDistrict(divisions), [divisions])
  return groups.map(([district, list]) => (
    <optgroup key={district} label={district}>
      {list.map((division) => (
        <option key={division.id} value={division.id}>
          {division.name}
        </option>
      ))}
    </optgroup>
  ))
}
