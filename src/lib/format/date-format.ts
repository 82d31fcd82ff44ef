/**
 * An `Intl.DateTimeFormat` made when it first formats something, not when its module loads. The
 * first formatter with a time zone makes the browser load its zone data: 40–60 ms on a 2-core
 * machine, four times that on the slow tablet Lighthouse simulates. Made at module level, that
 * cost landed in the first screen's longest task even on pages that show no date.
 */
export function lazyDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): { format: (date: Date) => string } {
  let made: Intl.DateTimeFormat | undefined
  return {
    format: (date) => {
      made ??= new Intl.DateTimeFormat(locale, options)
      return made.format(date)
    },
  }
}
