import { formatCount } from '../../lib/format/count'
import { lazyDateFormat } from '../../lib/format/date-format'

// One way of writing a concern's dates and times for both features, as GOV.UK writes them
// ("3 March 2026", "2:05pm"); the short month is only for the chair's list, where space is tight.
const ZONE = 'Europe/London'
const DAY_MS = 24 * 60 * 60 * 1000

const longDate = lazyDateFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ZONE,
})
const shortDate = lazyDateFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: ZONE,
})
const time = lazyDateFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: ZONE,
})

/** "3 March 2026" */
export const formatDate = (iso: string): string => longDate.format(new Date(iso))

/** "3 Mar 2026", for a list where space is tight. */
export const formatShortDate = (iso: string): string => shortDate.format(new Date(iso))

/** "3 March 2026 at 2:05pm" */
export const formatDateTime = (iso: string): string =>
  `${formatDate(iso)} at ${time.format(new Date(iso)).replace(/\s/g, '').toLowerCase()}`

/** Whole days between then and now, in words: "today", "1 day", "12 days". */
export function ageInWords(iso: string, now: Date = new Date()): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS))
  if (days === 0) return 'today'
  return days === 1 ? '1 day' : `${formatCount(days)} days`
}
