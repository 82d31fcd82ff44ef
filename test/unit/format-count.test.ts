import { describe, expect, it } from 'vitest'
import { formatCount } from '../../src/lib/format/count'

describe('formatCount', () => {
  it('writes whole numbers as en-GB does', () => {
    for (const n of [
      0, 1, 7, 12, 999, 1000, 1001, 20000, 123456, 1000000, 9007199254740991, -1, -1234,
    ]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'))
    }
  })

  it('leaves anything else to the browser', () => {
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString('en-GB'))
    expect(formatCount(Number.NaN)).toBe('NaN')
  })
})
