import { lazyDateFormat } from '../../lib/format/date-format'

/**
 * Says that the page shows what was saved on this device, because there is no signal, and when it
 * was last brought up to date: "You're offline – last updated 14:32". A status, read out politely
 * when it appears; it goes by itself once the page has refreshed with the signal back.
 */
export function OfflineNotice({ lastUpdated }: { lastUpdated: number }) {
  return (
    <div className="govuk-inset-text" role="status">
      <strong>You're offline – last updated {lastUpdatedWords(lastUpdated)}</strong>. This page will
      update by itself when you are back online.
    </div>
  )
}

const ZONE = 'Europe/London'
const clock = lazyDateFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ZONE,
})
const dayAndMonth = lazyDateFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: ZONE,
})
const fullDate = lazyDateFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: ZONE,
})
const calendarDay = lazyDateFormat('en-CA', { timeZone: ZONE })

/** "14:32" today, "30 November at 14:32" earlier this year, "30 November 2025 at 14:32" before. */
export function lastUpdatedWords(at: number, now: number = Date.now()): string {
  const then = new Date(at)
  const today = new Date(now)
  const time = clock.format(then)
  if (calendarDay.format(then) === calendarDay.format(today)) return time
  const sameYear = calendarDay.format(then).slice(0, 4) === calendarDay.format(today).slice(0, 4)
  return `${(sameYear ? dayAndMonth : fullDate).format(then)} at ${time}`
}
