import { beforeEach, describe, expect, it } from 'vitest'
import { concernStatsSchema, type ConcernListItem, type ConcernStats } from '../../src/lib/api'
import { arrangeGeneratedConcerns, signInAs, storedConcerns, testClock } from './backend'
import { call, expectProblem, parse, raise } from './http'

const summary = async (query = '') =>
  parse(concernStatsSchema, await call('GET', `/concerns/summary${query ? `?${query}` : ''}`))

describe('GET /concerns/summary', () => {
  it('is for the chair: 401 signed out, 403 for a councillor', async () => {
    expectProblem(await call('GET', '/concerns/summary'), 401)
    await signInAs('cllr-oxford')
    expectProblem(await call('GET', '/concerns/summary'), 403, 'forbidden')
  })

  describe('as the chair', () => {
    beforeEach(() => signInAs('chair'))

    it('counts the sample concerns by status, theme, division and month', async () => {
      const stats = await summary()
      expect(stats.total).toBe(8)
      expect(stats.byStatus).toEqual([
        { status: 'submitted', count: 2 },
        { status: 'acknowledged', count: 1 },
        { status: 'in-review', count: 2 },
        { status: 'referred', count: 1 },
        { status: 'actioned', count: 1 },
        { status: 'closed', count: 1 },
      ])
      expect(stats.byTheme.map((t) => [t.themeId, t.count])).toEqual([
        ['rising-demand', 2],
        ['adolescent-vulnerability', 4],
        ['serious-case-reviews', 1],
        ['other', 1],
      ])
      expect(stats.byTheme.at(-1)?.title).toBe('Something else')
      expect(stats.byDivision.slice(0, 2)).toEqual([
        { divisionId: 'banbury-calthorpe', name: 'Banbury Calthorpe', count: 2 },
        { divisionId: 'jericho-and-osney', name: 'Jericho and Osney', count: 2 },
      ])
      expect(stats.byDivision.reduce((sum, d) => sum + d.count, 0)).toBe(8)
      expect(stats.byDivision.every((d) => d.count > 0)).toBe(true)
    })

    it('lists every month from the first concern to the last, with no gaps', async () => {
      const { byMonth } = await summary()
      expect(byMonth.reduce((sum, m) => sum + m.count, 0)).toBe(8)
      for (let i = 1; i < byMonth.length; i++) {
        const [y0, m0] = (byMonth[i - 1]?.month ?? '').split('-').map(Number) as [number, number]
        const [y1, m1] = (byMonth[i]?.month ?? '').split('-').map(Number) as [number, number]
        expect(y1 * 12 + m1 - (y0 * 12 + m0)).toBe(1)
      }
      const months = (await storedConcerns()).map((c) => c.createdAt.slice(0, 7)).sort()
      expect(byMonth[0]?.month).toBe(months[0])
      expect(byMonth.at(-1)?.month).toBe(months.at(-1))
    })

    it('counts only concerns raised from/to the given days', async () => {
      const concerns = await storedConcerns()
      const day = (id: string) => concerns.find((c) => c.id === id)?.createdAt.slice(0, 10) ?? ''
      const stats = await summary(`from=${day('sample-05')}&to=${day('sample-07')}`)
      expect(stats.total).toBe(3)
      expect(stats.byStatus.find((s) => s.status === 'acknowledged')?.count).toBe(1)
    })

    it('answers zeros and no months when nothing matches', async () => {
      const stats = await summary('from=1999-01-01&to=1999-12-31')
      expect(stats.total).toBe(0)
      expect(stats.byMonth).toEqual([])
      expect(stats.byDivision).toEqual([])
      expect(stats.byStatus.every((s) => s.count === 0)).toBe(true)
    })

    it('moves with new concerns and stays consistent at scale', async () => {
      await signInAs('cllr-banbury')
      await raise()
      await signInAs('chair')
      expect((await summary()).total).toBe(9)

      await arrangeGeneratedConcerns(1000, { seed: 2 })
      const stats = await summary()
      expect(stats.total).toBe(1009)
      for (const group of [stats.byStatus, stats.byTheme, stats.byDivision, stats.byMonth]) {
        expect(group.reduce((sum, row) => sum + row.count, 0)).toBe(1009)
      }
      expect(stats.byMonth.length).toBeGreaterThanOrEqual(24)
    })

    it.each(['from=2025-13-01', 'to=31/12/2025', 'from=2025-06-02&to=2025-06-01'])(
      'answers 400 for %s',
      async (query) => {
        expectProblem(await call('GET', `/concerns/summary?${query}`), 400, 'bad-request')
      },
    )
  })
})

describe('GET /concerns/summary by theme and division (decision 0015)', () => {
  beforeEach(() => signInAs('chair'))

  /** What the contract says, worked out from the list. */
  function expectedPairs(concerns: ConcernListItem[]) {
    const recentFrom = new Date(testClock.current().getTime() - 90 * 24 * 3600 * 1000)
    const pairs = new Map<string, { count: number; last90Days: number }>()
    for (const c of concerns) {
      const key = `${c.divisionId}/${c.themeId}`
      const pair = pairs.get(key) ?? { count: 0, last90Days: 0 }
      pair.count += 1
      if (new Date(c.createdAt) >= recentFrom) pair.last90Days += 1
      pairs.set(key, pair)
    }
    return Object.fromEntries([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)))
  }
  const asRecord = (pairs: ConcernStats['byThemeAndDivision']) =>
    Object.fromEntries(
      pairs.map((p) => [
        `${p.divisionId}/${p.themeId}`,
        { count: p.count, last90Days: p.last90Days },
      ]),
    )

  it('gives one item per pair with any concern, counted in all and in the last 90 days', async () => {
    await arrangeGeneratedConcerns(400, { seed: 29 })
    const stats = await summary()
    const stored = await storedConcerns()
    expect(asRecord(stats.byThemeAndDivision)).toEqual(expectedPairs(stored))
    expect(stats.byThemeAndDivision.reduce((sum, p) => sum + p.count, 0)).toBe(stats.total)
    expect(stats.byThemeAndDivision.every((p) => p.count > 0)).toBe(true)
    expect(stats.byThemeAndDivision.some((p) => p.last90Days > 0)).toBe(true)
    expect(stats.byThemeAndDivision.some((p) => p.last90Days < p.count)).toBe(true)
  })

  it('keeps to from/to', async () => {
    await arrangeGeneratedConcerns(300, { seed: 31 })
    const stored = await storedConcerns()
    const days = stored.map((c) => c.createdAt.slice(0, 10)).sort()
    const [from, to] = [days[100] ?? '', days[200] ?? '']
    const stats = await summary(`from=${from}&to=${to}`)
    const inRange = stored.filter(
      (c) => c.createdAt.slice(0, 10) >= from && c.createdAt.slice(0, 10) <= to,
    )
    expect(asRecord(stats.byThemeAndDivision)).toEqual(expectedPairs(inRange))
  })

  it('shows three new concerns in one theme and division as a cluster', async () => {
    await signInAs('cllr-banbury')
    const raised = [await raise(), await raise(), await raise()]
    const first = raised[0]
    await signInAs('chair')
    const pair = (await summary()).byThemeAndDivision.find(
      (p) => p.themeId === first?.themeId && p.divisionId === first.divisionId,
    )
    expect(pair?.last90Days).toBeGreaterThanOrEqual(3)
  })

  it('answers an empty list when nothing matches', async () => {
    expect((await summary('from=1999-01-01&to=1999-12-31')).byThemeAndDivision).toEqual([])
  })
})
