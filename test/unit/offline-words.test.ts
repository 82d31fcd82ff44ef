import { describe, expect, it } from 'vitest'
import { lastUpdatedWords } from '../../src/components/feedback/offline-notice'
import {
  DEFAULT_OFFLINE_IDENTITY_HOURS,
  isWithinOfflineLimit,
  OFFLINE_IDENTITY_MAX_AGE_MS,
  offlineIdentityHours,
} from '../../src/lib/config/offline'

describe('"last updated" in the offline notice', () => {
  // 14:32 in London on 1 December 2026 (GMT) and on 1 July 2026 (BST, an hour ahead of UTC).
  const winter = Date.parse('2026-12-01T14:32:00Z')
  const summer = Date.parse('2026-07-01T13:32:00Z')

  it('is the time alone today, in London time on the 24-hour clock', () => {
    expect(lastUpdatedWords(winter, winter + 60_000)).toBe('14:32')
    expect(lastUpdatedWords(summer, summer + 60_000)).toBe('14:32')
    expect(lastUpdatedWords(Date.parse('2026-12-01T09:05:00Z'), winter)).toBe('09:05')
  })

  it('gives the day on an earlier day, and the year in an earlier year', () => {
    expect(lastUpdatedWords(Date.parse('2026-11-30T23:59:00Z'), winter)).toBe(
      '30 November at 23:59',
    )
    expect(lastUpdatedWords(Date.parse('2025-12-31T08:00:00Z'), winter)).toBe(
      '31 December 2025 at 08:00',
    )
  })
})

describe('the offline identity limit', () => {
  it('is 12 hours unless the build sets a whole number of hours from 1 to 168', () => {
    expect(DEFAULT_OFFLINE_IDENTITY_HOURS).toBe(12)
    expect(OFFLINE_IDENTITY_MAX_AGE_MS).toBe(12 * 60 * 60 * 1000)
    expect(offlineIdentityHours('8')).toBe(8)
    expect(offlineIdentityHours(' 168 ')).toBe(168)
    for (const odd of [undefined, '', '0', '169', '1.5', '-3', 'twelve', 12]) {
      expect(offlineIdentityHours(odd), String(odd)).toBe(12)
    }
  })

  it('counts from the server’s last answer, and an answer never given is not recent', () => {
    const now = Date.now()
    expect(isWithinOfflineLimit(now - OFFLINE_IDENTITY_MAX_AGE_MS + 1000, now)).toBe(true)
    expect(isWithinOfflineLimit(now - OFFLINE_IDENTITY_MAX_AGE_MS, now)).toBe(false)
    expect(isWithinOfflineLimit(0, now)).toBe(false)
  })
})
