import { beforeEach, describe, expect, it } from 'vitest'
import { concernPageSchema, type ConcernListItem } from '../../src/lib/api'
import { CONCERN_CSV_COLUMNS } from '../../src/lib/backend/concern-csv'
import { arrangeGeneratedConcerns, CLOCK_START, signInAs } from './backend'
import { call, expectProblem, parse, raise, type Reply } from './http'

/** RFC 4180 records, for checking what the back end wrote (quoted fields may hold CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += char
  }
  if (field !== '' || record.length > 0) throw new Error('The last record does not end in CRLF')
  return records
}

const exportCsv = (query = '') => call('GET', `/concerns/export.csv${query ? `?${query}` : ''}`)

/** The file's records after the header, checking the bytes and header on the way. */
function recordsOf(reply: Reply): string[][] {
  expect(reply.status).toBe(200)
  expect([...reply.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(reply.bytes)
  const [header, ...records] = parseCsv(text.slice(1))
  expect(header).toEqual([...CONCERN_CSV_COLUMNS])
  for (const record of records) expect(record).toHaveLength(CONCERN_CSV_COLUMNS.length)
  return records
}

/** Every item the list gives for a query, in its order. */
async function listAll(query: string): Promise<ConcernListItem[]> {
  const items: ConcernListItem[] = []
  for (let page = 1; ; page++) {
    const reply = await call('GET', `/concerns?${query}&pageSize=100&page=${page}`)
    const parsed = parse(concernPageSchema, reply)
    items.push(...parsed.items)
    if (page >= parsed.totalPages) return items
  }
}

const column = (name: (typeof CONCERN_CSV_COLUMNS)[number]) => CONCERN_CSV_COLUMNS.indexOf(name)

describe('GET /concerns/export.csv (decision 0015)', () => {
  it('is for the chair: 401 signed out, 403 for a councillor', async () => {
    expectProblem(await exportCsv(), 401)
    await signInAs('cllr-banbury')
    expectProblem(await exportCsv(), 403, 'forbidden')
  })

  describe('as the chair', () => {
    beforeEach(() => signInAs('chair'))

    it('answers a CSV attachment named for the day', async () => {
      const reply = await exportCsv()
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(reply.headers.get('content-disposition')).toBe(
        `attachment; filename="concerns-${CLOCK_START.toISOString().slice(0, 10)}.csv"`,
      )
    })

    it('writes a byte order mark, the header and one CRLF-ended record per concern, in the list’s order', async () => {
      const reply = await exportCsv()
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(reply.bytes)
      expect(text.endsWith('\r\n')).toBe(true)
      const records = recordsOf(reply)
      const listed = await listAll('sort=newest')
      expect(records.map((r) => r[column('Reference')])).toEqual(listed.map((i) => i.reference))
      const first = records[0] ?? []
      const item = listed[0]
      expect(first[column('Raised on')]).toBe(item?.createdAt.slice(0, 10))
      expect(first[column('Title')]).toBe(item?.title)
    })

    it('says yes or no for each flag as the list does', async () => {
      const records = recordsOf(await exportCsv('sort=oldest'))
      const listed = await listAll('sort=oldest')
      const yesNo = (value: boolean) => (value ? 'Yes' : 'No')
      expect(records.map((r) => r[column('Awaiting a reply')])).toEqual(
        listed.map((i) => yesNo(i.awaitingReply)),
      )
      expect(records.map((r) => r[column('Councillor replied')])).toEqual(
        listed.map((i) => yesNo(i.councillorReplied)),
      )
      expect(records.map((r) => r[column('Personal data kept')])).toEqual(
        listed.map((i) => yesNo(i.personalDataFlagged)),
      )
      expect(records.map((r) => r[column('Councillor asked for a reply')])).toEqual(
        listed.map((i) => yesNo(i.wantsReply)),
      )
      expect(records.some((r) => r[column('Personal data kept')] === 'Yes')).toBe(true)
    })

    it('quotes commas, quotes and line breaks, and guards cells a spreadsheet would run', async () => {
      await signInAs('cllr-banbury')
      const title = '=HYPERLINK("http://x","click"), then more'
      const location = '+44 by the "old" bridge'
      const concern = await raise({ title, location })
      await signInAs('chair')
      const reply = await exportCsv()
      const text = new TextDecoder().decode(reply.bytes)
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""click""), then more"`)
      expect(text).toContain(`"'+44 by the ""old"" bridge"`)
      const record = recordsOf(reply).find((r) => r[column('Reference')] === concern.reference)
      expect(record?.[column('Title')]).toBe(`'${title}`)
      expect(record?.[column('Location')]).toBe(`'${location}`)
      expect(record?.[column('Source')]).not.toBe('visit')
    })

    it.each([
      'sort=newest',
      'sort=oldest',
      'sort=waiting',
      'status=submitted&status=in-review&sort=waiting',
      'theme=adolescent-vulnerability&sort=oldest',
      'division=jericho-and-osney',
      'flag=awaiting-reply&sort=waiting',
      'flag=personal-data',
      'q=the&sort=oldest',
      'from=2025-06-01&to=2025-12-31',
    ])('holds exactly what the list holds for %s, across many pages', async (query) => {
      await arrangeGeneratedConcerns(1200, { seed: 37 })
      const listed = await listAll(query)
      const records = recordsOf(await exportCsv(query))
      expect(records.map((r) => r[column('Reference')])).toEqual(listed.map((i) => i.reference))
    })

    it('ignores paging: every concern, whatever page and pageSize say', async () => {
      await arrangeGeneratedConcerns(150, { seed: 41 })
      expect(recordsOf(await exportCsv('page=2&pageSize=10'))).toHaveLength(158)
    })

    it('answers a header alone when nothing matches', async () => {
      expect(recordsOf(await exportCsv('from=1999-01-01&to=1999-01-31'))).toEqual([])
    })

    it.each([
      ['flag=urgent', 'flag'],
      ['status=pending', 'status'],
      ['sort=random', 'sort'],
    ])('answers 400 naming the parameter for %s', async (query, param) => {
      const problem = expectProblem(await exportCsv(query), 400, 'bad-request')
      expect(Object.keys(problem.errors ?? {})).toEqual([param])
    })
  })
})
