/** How every fact about the Board names where it comes from. */
export const REPORT_CITATION = 'Cabinet report, 21 October 2014'

export const sourceText = (paragraph: number): string =>
  `Source: ${REPORT_CITATION}, para ${paragraph}`
