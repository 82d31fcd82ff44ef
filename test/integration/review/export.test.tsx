import { screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import * as vocabulary from '../../../src/domain/concern/vocabulary'
import {
  BYTE_ORDER_MARK,
  CONCERN_CSV_COLUMNS,
  concernCsvWriter,
  csvField,
  guardFormula,
  toCsv,
} from '../../../src/lib/backend/concern-csv'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { queueCount, recordRequests } from './review-helpers'

// The writer both back ends share (src/lib/backend/concern-csv.ts); the contract tests check
// what each back end sends.
describe('CSV encoding (RFC 4180, UTF-8 with BOM, CRLF, formula guard)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['with, comma', '"with, comma"'],
    ['say "hello"', '"say ""hello"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['ünïcödé – “quotes” 👍', 'ünïcödé – “quotes” 👍'],
    ['=1+1', "'=1+1"],
    ['+44 1865', "'+44 1865"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tlead tab', "'\tlead tab"],
    ['\rlead return', '"\'\rlead return"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a = b', 'a = b'],
    [' =not first', ' =not first'],
  ])('field %j is written as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('guards only cells that begin with a formula character', () => {
    expect(['=', '+', '-', '@', '\t', '\r'].map((c) => guardFormula(`${c}x`))).toEqual(
      ['=', '+', '-', '@', '\t', '\r'].map((c) => `'${c}x`),
    )
    expect(guardFormula('x=')).toBe('x=')
  })

  it('starts with a byte order mark and ends every record with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', 'two\nlines'],
    ])
    expect(text).toBe(`${BYTE_ORDER_MARK}a,b\r\n1,"two\nlines"\r\n`)
    const bytes = new TextEncoder().encode(text)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('writes a concern as one record, the councillor’s hostile title made safe', () => {
    const [item] = mockDb().data.concerns
    if (!item) throw new Error('no sample concern')
    const hostile = { ...item, title: '=cmd|" /C calc"!A0, "quoted"' }
    const record = concernCsvWriter(vocabulary)(hostile)
    expect(record).toContain(`"'=cmd|"" /C calc""!A0, ""quoted"""`)
    expect(record.startsWith(`${item.reference},${item.createdAt.slice(0, 10)},`)).toBe(true)
    expect(record.endsWith('\r\n')).toBe(true)
    expect(record.slice(0, -2)).not.toContain('\r\n')
  })
})

/** Captures what the page hands the browser to download. */
function captureDownloads() {
  const files: Blob[] = []
  const names: string[] = []
  // jsdom has no object URLs; these stand in for the browser's, and are put back afterwards.
  const saved = ['createObjectURL', 'revokeObjectURL'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(URL, name)] as const,
  )
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    // The page's Blob comes from fetch, not jsdom: a different Blob class, the same interface.
    value: (blob: Blob) => {
      files.push(blob)
      return `blob:test/${files.length}`
    },
  })
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download)
  })
  onTestFinished(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(URL, name, descriptor)
      else Reflect.deleteProperty(URL, name)
    }
  })
  return { files, names }
}

describe('downloading the queue as CSV', () => {
  it('says how many concerns the file holds and asks the server once for the whole view', async () => {
    seedManyConcerns(mockDb(), 260, { seed: 7 })
    const open = ['submitted', 'acknowledged', 'in-review'] as const
    const expected = mockDb()
      .data.concerns.filter((c) => (open as readonly string[]).includes(c.status))
      .sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference),
      )
    expect(expected.length).toBeGreaterThan(100)

    const requests = recordRequests()
    const { user } = renderApp({
      url: `/review?${open.map((s) => `status=${s}`).join('&')}&sort=oldest`,
      as: 'chair',
    })
    await queueCount()
    await screen.findByText(`Showing 1 to 20 of ${expected.length} concerns`)
    const link = screen.getByRole('link', { name: `Download ${expected.length} concerns as CSV` })
    // A plain link to the server's export under the view's filters, with no paging.
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost')
    expect(href.pathname).toBe('/api/v1/concerns/export.csv')
    expect(href.searchParams.getAll('status')).toEqual([...open])
    expect(href.searchParams.get('sort')).toBe('oldest')
    expect(href.searchParams.has('page')).toBe(false)
    expect(href.searchParams.has('pageSize')).toBe(false)
    expect(link).toHaveAttribute('download')

    // Captured after the page's own link is clicked: only the file handed over counts.
    const downloads = captureDownloads()
    await user.click(link)
    await screen.findByText(`Downloaded ${expected.length} concerns.`)

    expect(downloads.names).toEqual([expect.stringMatching(/^concerns-\d{4}-\d{2}-\d{2}\.csv$/)])
    const [file] = downloads.files
    expect(file?.type).toMatch(/^text\/csv; ?charset=utf-8$/)
    const bytes = new Uint8Array(await file!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const records = text.slice(1).split('\r\n')
    expect(records.at(-1)).toBe('')
    expect(records[0]).toBe(CONCERN_CSV_COLUMNS.join(','))
    const references = records.slice(1, -1).map((record) => record.split(',')[0])
    expect(references).toEqual(expected.map((c) => c.reference))

    // One request for the file; the browser pages through nothing.
    const exports = requests.filter((r) => r.url.pathname.endsWith('/concerns/export.csv'))
    expect(exports).toHaveLength(1)
    expect(requests.filter((r) => r.url.searchParams.get('pageSize') === '100')).toEqual([])
  })

  it('says so, and downloads nothing, when the server cannot prepare the file', async () => {
    server.use(
      http.get('*/api/v1/concerns/export.csv', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    const link = screen.getByRole('link', { name: /^Download \d+ concerns? as CSV$/ })
    const downloads = captureDownloads()
    await user.click(link)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Error: The file could not be prepared. The server had a problem. Try again in a moment.',
    )
    expect(downloads.files).toHaveLength(0)
  })
})
