/** How every fact about the Board names where it comes from. */
export const REPORT_CITATION = 'Cabinet report, 21 October 2014'

export const sourceText = (paragraph: number): string =>
  `Source: ${REPORT_CITATION}, para ${paragraph}`

/**
 * A section's one source line: "Source: Cabinet report, 21 October 2014, paragraphs 4 to 7".
 * Three or more paragraphs in a row read as a range.
 */
export function sectionSourceText(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return `Source: ${REPORT_CITATION}`
  if (sorted.length === 1) return `Source: ${REPORT_CITATION}, paragraph ${first}`
  const inARow = last - first === sorted.length - 1
  const numbers =
    inARow && sorted.length > 2
      ? `${first} to ${last}`
      : `${sorted.slice(0, -1).join(', ')} and ${last}`
  return `Source: ${REPORT_CITATION}, paragraphs ${numbers}`
}
