import { beforeEach, describe, expect, it } from 'vitest'
import {
  concernPageSchema,
  STATUSES,
  type ConcernListItem,
  type ConcernPage,
} from '../../src/lib/api'
import { arrangeGeneratedConcerns, signInAs, storedConcerns, testClock } from './backend'
import { call, expectProblem, parse } from './http'

const list = async (query = ''): Promise<ConcernPage> =>
  parse(concernPageSchema, await call('GET', `/concerns${query ? `?${query}` : ''}`))

const FINISHED = ['referred', 'actioned', 'closed']

describe('GET /concerns for a councillor', () => {
  it('answers 401 when signed out', async () => {
    expectProblem(await call('GET', '/concerns'), 401)
  })

  it('returns only their own concerns, whatever the filters', async () => {
    await signInAs('cllr-banbury')
    const page = await list()
    expect(page.total).toBe(3)
    expect(page.items.every((item) => item.author.id === 'cllr-banbury')).toBe(true)

    const otherDivision = await list('division=didcot-west')
    expect(otherDivision.total).toBe(0)
  })

  it('never carries details or events in list items', async () => {
    await signInAs('cllr-didcot')
    for (const item of (await list()).items) {
      expect(item).not.toHaveProperty('details')
      expect(item).not.toHaveProperty('events')
    }
  })

  it('shows the author their unread replies, and the chair none', async () => {
    await signInAs('cllr-banbury')
    const mine = await list()
    expect(mine.items.find((item) => item.id === 'sample-04')?.unreadReplies).toBe(1)
    expect(mine.items.find((item) => item.id === 'sample-01')?.unreadReplies).toBe(0)
    await signInAs('chair')
    expect((await list()).items.every((item) => item.unreadReplies === 0)).toBe(true)
  })
})

describe('GET /concerns for the chair', () => {
  beforeEach(() => signInAs('chair'))

  it('returns every concern, newest first, 20 to a page by default', async () => {
    const page = await list()
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 8, totalPages: 1 })
    const created = page.items.map((item) => item.createdAt)
    expect(created).toEqual([...created].sort().reverse())
    expect(page.items.every((item) => item.sample)).toBe(true)
  })

  it('pages through many concerns, and answers an empty page past the end', async () => {
    await arrangeGeneratedConcerns(250, { seed: 3 })
    const third = await list('pageSize=100&page=3')
    expect(third).toMatchObject({ page: 3, pageSize: 100, total: 258, totalPages: 3 })
    expect(third.items).toHaveLength(58)
    const seen = new Set([
      ...(await list('pageSize=100&page=1')).items.map((i) => i.id),
      ...(await list('pageSize=100&page=2')).items.map((i) => i.id),
      ...third.items.map((i) => i.id),
    ])
    expect(seen.size).toBe(258)

    const past = await list('pageSize=100&page=4')
    expect(past).toMatchObject({ page: 4, total: 258, totalPages: 3, items: [] })
  })

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=ten', 'pageSize'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['status=pending', 'status'],
    ['sort=random', 'sort'],
    ['theme=made-up', 'theme'],
    ['division=atlantis', 'division'],
    ['from=2025-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['from=2025-06-01&to=2025-05-31', 'to'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['flag=urgent', 'flag'],
  ])('answers 400 naming the parameter for %s', async (query, param) => {
    const problem = expectProblem(await call('GET', `/concerns?${query}`), 400, 'bad-request')
    expect(Object.keys(problem.errors ?? {})).toEqual([param])
  })

  it('filters by one or more statuses; status counts ignore the status filter', async () => {
    const page = await list('status=submitted&status=in-review')
    expect(page.items.map((i) => i.status).sort()).toEqual([
      'in-review',
      'in-review',
      'submitted',
      'submitted',
    ])
    expect(page.statusCounts).toEqual({
      submitted: 2,
      acknowledged: 1,
      'in-review': 2,
      referred: 1,
      actioned: 1,
      closed: 1,
    })
  })

  it('status counts follow the other filters', async () => {
    const page = await list('theme=adolescent-vulnerability&status=closed')
    expect(page.total).toBe(0)
    expect(Object.keys(page.statusCounts).sort()).toEqual([...STATUSES].sort())
    expect(Object.values(page.statusCounts).reduce((a, b) => a + b, 0)).toBe(4)
  })

  it('filters by theme, including "other", and by division', async () => {
    expect((await list('theme=rising-demand')).items.map((i) => i.id).sort()).toEqual([
      'sample-03',
      'sample-08',
    ])
    expect((await list('theme=other')).items.map((i) => i.id)).toEqual(['sample-04'])
    expect((await list('division=jericho-and-osney')).items.map((i) => i.id).sort()).toEqual([
      'sample-02',
      'sample-05',
    ])
  })

  it('searches title, details, location and reference, ignoring case', async () => {
    expect((await list('q=FOSTER')).items.map((i) => i.id)).toEqual(['sample-08'])
    expect((await list('q=parade of shops')).items.map((i) => i.id)).toEqual(['sample-06'])
    const reference = (await storedConcerns()).find((c) => c.id === 'sample-02')?.reference ?? ''
    expect((await list(`q=${reference.toLowerCase()}`)).items.map((i) => i.id)).toEqual([
      'sample-02',
    ])
    expect((await list('q=nothing+matches+this')).total).toBe(0)
  })

  it('filters by inclusive from/to days of creation', async () => {
    const concerns = await storedConcerns()
    const day = (id: string) => concerns.find((c) => c.id === id)?.createdAt.slice(0, 10) ?? ''
    const exact = await list(`from=${day('sample-05')}&to=${day('sample-05')}`)
    expect(exact.items.map((i) => i.id)).toEqual(['sample-05'])

    const since = await list(`from=${day('sample-06')}`)
    expect(since.items.map((i) => i.id).sort()).toEqual(['sample-06', 'sample-07', 'sample-08'])
    const until = await list(`to=${day('sample-02')}`)
    expect(until.items.map((i) => i.id).sort()).toEqual(['sample-01', 'sample-02'])
  })

  it('sorts newest, oldest and longest waiting', async () => {
    await arrangeGeneratedConcerns(120, { seed: 11 })
    const newest = (await list('sort=newest&pageSize=100')).items.map((i) => i.createdAt)
    expect(newest).toEqual([...newest].sort().reverse())
    const oldest = (await list('sort=oldest&pageSize=100')).items.map((i) => i.createdAt)
    expect(oldest).toEqual([...oldest].sort())

    const waiting = (await list('sort=waiting&pageSize=100')).items
    const firstFinished = waiting.findIndex((i) => FINISHED.includes(i.status))
    expect(firstFinished).toBeGreaterThan(0)
    expect(waiting.slice(firstFinished).every((i) => FINISHED.includes(i.status))).toBe(true)
    const open = waiting.slice(0, firstFinished).map((i) => i.updatedAt)
    expect(open).toEqual([...open].sort())
  })

  it('combines filters', async () => {
    await arrangeGeneratedConcerns(400, { seed: 5 })
    const from = new Date(testClock.current().getTime() - 365 * 24 * 3600 * 1000)
      .toISOString()
      .slice(0, 10)
    const page = await list(
      `theme=adolescent-vulnerability&status=actioned&status=closed&from=${from}&pageSize=100`,
    )
    const expected = (await storedConcerns()).filter(
      (c) =>
        c.themeId === 'adolescent-vulnerability' &&
        ['actioned', 'closed'].includes(c.status) &&
        c.createdAt.slice(0, 10) >= from,
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(page.total).toBe(expected.length)
    expect(page.items.map((i) => i.id).sort()).toEqual(expected.map((c) => c.id).sort())
  })
})

describe('GET /concerns by flag (decision 0015)', () => {
  beforeEach(() => signInAs('chair'))

  const FLAG_OF = {
    'awaiting-reply': (c: ConcernListItem) => c.awaitingReply,
    'councillor-replied': (c: ConcernListItem) => c.councillorReplied,
    'personal-data': (c: ConcernListItem) => c.personalDataFlagged,
  } as const

  const flagCountsOf = (concerns: ConcernListItem[]) => ({
    awaitingReply: concerns.filter(FLAG_OF['awaiting-reply']).length,
    councillorReplied: concerns.filter(FLAG_OF['councillor-replied']).length,
    personalData: concerns.filter(FLAG_OF['personal-data']).length,
  })

  it('counts each flag over the filters, ignoring the flag and the paging', async () => {
    const stored = await storedConcerns()
    const page = await list('pageSize=1')
    expect(page.flagCounts).toEqual(flagCountsOf(stored))
    // The demo data has one of each at least, so every count is tested against something.
    expect(Object.values(page.flagCounts).every((count) => count > 0)).toBe(true)
    expect((await list('flag=personal-data&pageSize=1')).flagCounts).toEqual(page.flagCounts)
  })

  it.each(Object.keys(FLAG_OF) as (keyof typeof FLAG_OF)[])(
    'flag=%s lists exactly the concerns with that flag; status counts follow it',
    async (flag) => {
      await arrangeGeneratedConcerns(150, { seed: 17 })
      const stored = await storedConcerns()
      const expected = stored.filter(FLAG_OF[flag])
      const page = await list(`flag=${flag}&pageSize=100`)
      expect(page.total).toBe(expected.length)
      expect(page.items.map((i) => i.id).sort()).toEqual(expected.map((c) => c.id).sort())
      for (const status of STATUSES) {
        expect(page.statusCounts[status]).toBe(expected.filter((c) => c.status === status).length)
      }
      expect(page.flagCounts).toEqual(flagCountsOf(stored))
    },
  )

  it('flag counts follow the status and other filters', async () => {
    await arrangeGeneratedConcerns(150, { seed: 19 })
    const stored = await storedConcerns()
    const open = ['submitted', 'acknowledged', 'in-review']
    const page = await list(
      `${open.map((s) => `status=${s}`).join('&')}&division=jericho-and-osney&flag=awaiting-reply`,
    )
    const expected = stored.filter(
      (c) => open.includes(c.status) && c.divisionId === 'jericho-and-osney',
    )
    expect(page.flagCounts).toEqual(flagCountsOf(expected))
    expect(page.total).toBe(expected.filter(FLAG_OF['awaiting-reply']).length)
  })

  it('sorts flagged concerns longest waiting first, as the queue does', async () => {
    await arrangeGeneratedConcerns(150, { seed: 23 })
    const waiting = (await list('flag=awaiting-reply&sort=waiting&pageSize=100')).items
    const firstFinished = waiting.findIndex((i) => FINISHED.includes(i.status))
    const open = (firstFinished < 0 ? waiting : waiting.slice(0, firstFinished)).map(
      (i) => i.updatedAt,
    )
    expect(open).toEqual([...open].sort())
    expect(waiting.every((i) => i.awaitingReply)).toBe(true)
  })

  it('gives a councillor flag counts over their own concerns only', async () => {
    const stored = (await storedConcerns()).filter((c) => c.author.id === 'cllr-banbury')
    await signInAs('cllr-banbury')
    expect((await list()).flagCounts).toEqual(flagCountsOf(stored))
  })
})
