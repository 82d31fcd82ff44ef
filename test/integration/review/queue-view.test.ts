import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VIEW,
  queueSearch,
  readQueueView,
  toConcernQuery,
} from '../../../src/features/review/worklist/worklist-view'
import { pageNumbers } from '../../../src/components/pagination/pagination'

const read = (search: string) => readQueueView(new URLSearchParams(search))

describe('the queue view in the URL', () => {
  it('round-trips every filter, and leaves defaults out', () => {
    const view = {
      ...DEFAULT_VIEW,
      statuses: ['submitted' as const, 'in-review' as const],
      theme: 'adolescent-vulnerability',
      division: 'banbury-calthorpe',
      q: 'late at night',
      from: '2025-01-01',
      to: '2025-03-31',
      flag: 'awaiting-reply' as const,
      sort: 'oldest' as const,
      page: 3,
      pageSize: 50,
    }
    const search = queueSearch(view)
    expect(search).toBe(
      '?status=submitted&status=in-review&theme=adolescent-vulnerability&division=banbury-calthorpe&q=late+at+night&from=2025-01-01&to=2025-03-31&flag=awaiting-reply&sort=oldest&page=3&pageSize=50',
    )
    expect(read(search)).toEqual(view)
    expect(queueSearch(DEFAULT_VIEW)).toBe('')
  })

  it('is the open concerns, longest waiting first, with no status in the address; status=all is every status', () => {
    expect(read('')).toEqual(DEFAULT_VIEW)
    expect(DEFAULT_VIEW.statuses).toEqual(['submitted', 'acknowledged', 'in-review'])
    expect(DEFAULT_VIEW.sort).toBe('waiting')
    expect(read('status=all').statuses).toEqual([])
    expect(queueSearch({ ...DEFAULT_VIEW, statuses: [] })).toBe('?status=all')
    expect(toConcernQuery(read('status=all')).status).toBeUndefined()
    expect(toConcernQuery(read('')).status).toEqual(['submitted', 'acknowledged', 'in-review'])
  })

  it('ignores what it cannot use rather than failing', () => {
    expect(
      read(
        'status=bogus&status=closed&status=closed&sort=sideways&page=-2&from=2025-02-30&to=tomorrow&flag=purple&pageSize=7',
      ),
    ).toEqual({
      ...DEFAULT_VIEW,
      statuses: ['closed'],
    })
    expect(read('page=1.5').page).toBe(1)
    expect(read(`q=${'x'.repeat(300)}`).q).toHaveLength(200)
  })

  it('puts statuses in workflow order, so one filter is always one address', () => {
    expect(read('status=closed&status=submitted').statuses).toEqual(['submitted', 'closed'])
  })

  it('becomes the API query, empty filters left out', () => {
    expect(toConcernQuery(read('status=all&theme=other&page=2&flag=personal-data'))).toEqual({
      page: 2,
      pageSize: 20,
      status: undefined,
      theme: 'other',
      division: undefined,
      q: undefined,
      from: undefined,
      to: undefined,
      flag: 'personal-data',
      sort: 'waiting',
    })
  })

  it('pages: first, last, and the neighbours of the current one', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(1, 5)).toEqual([1, 2, 'gap', 5])
    expect(pageNumbers(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageNumbers(10, 10)).toEqual([1, 'gap', 9, 10])
  })
})
