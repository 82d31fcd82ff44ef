/**
 * How long a tablet keeps a councillor's identity (and what they have read) for use without a
 * signal, counted from the last time the server confirmed who they are.
 *
 * Twelve hours by default: a day of ward visits, including an evening meeting, with no signal all
 * day, but never overnight, so a tablet left in a village hall or handed on the next morning does
 * not open as the last person to use it. A deployment chooses another limit at build time with
 * VITE_OFFLINE_IDENTITY_HOURS (a whole number of hours, 1 to 168); anything else means the
 * default.
 */
export const DEFAULT_OFFLINE_IDENTITY_HOURS = 12

const HOUR_MS = 60 * 60 * 1000

/** The limit in hours, from the build's setting when it is a whole number from 1 to 168. */
export function offlineIdentityHours(setting: unknown): number {
  const hours = typeof setting === 'string' && /^\d+$/.test(setting.trim()) ? Number(setting) : NaN
  return Number.isInteger(hours) && hours >= 1 && hours <= 168
    ? hours
    : DEFAULT_OFFLINE_IDENTITY_HOURS
}

const configured: unknown = import.meta.env.VITE_OFFLINE_IDENTITY_HOURS

/** This build's limit, in hours (for the words the app shows). */
export const OFFLINE_IDENTITY_HOURS: number = offlineIdentityHours(configured)

/** How long a saved identity and the personal pages saved with it may be used offline. */
export const OFFLINE_IDENTITY_MAX_AGE_MS: number = OFFLINE_IDENTITY_HOURS * HOUR_MS

/** True while something the server confirmed at `confirmedAt` may still be used offline. */
export const isWithinOfflineLimit = (confirmedAt: number, now: number = Date.now()): boolean =>
  confirmedAt > 0 && now - confirmedAt < OFFLINE_IDENTITY_MAX_AGE_MS
