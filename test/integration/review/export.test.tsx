import { screen } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import {
  BYTE_ORDER_MARK,
  csvField,
  guardFormula,
  queueCsv,
  QUEUE_CSV_COLUMNS,
  toCsv,
} from '../../../src/features/review/export/csv'
import { namesFrom } from '../../../src/features/review/labels'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { queueCount, recordRequests } from './review-helpers'

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
    const hostile = { ...item, unreadReplies: 0, title: '=cmd|" /C calc"!A0, "quoted"' }
    const csv = queueCsv([hostile], namesFrom(undefined, undefined))
    const [header, record, end] = csv.slice(1).split('\r\n')
    expect(header).toBe(QUEUE_CSV_COLUMNS.join(','))
    expect(record).toContain(`"'=cmd|"" /C calc""!A0, ""quoted"""`)
    expect(record?.startsWith(`${item.reference},${item.createdAt.slice(0, 10)},`)).toBe(true)
    expect(end).toBe('')
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
    value: (blob: unknown) => {
      if (blob instanceof Blob) files.push(blob)
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
  it('exports every page of the current view — same filters, same order — not only the one shown', async () => {
    seedManyConcerns(mockDb(), 260, { seed: 7 })
    const open = ['submitted', 'acknowledged', 'in-review'] as const
    const expected = mockDb()
      .data.concerns.filter((c) => (open as readonly string[]).includes(c.status))
      .sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference),
      )
    expect(expected.length).toBeGreaterThan(100)

    const downloads = captureDownloads()
    const requests = recordRequests()
    const { user } = renderApp({
      url: `/review?${open.map((s) => `status=${s}`).join('&')}&sort=oldest`,
      as: 'chair',
    })
    await queueCount()
    await screen.findByText(`Showing 1 to 20 of ${expected.length} concerns`)
    await user.click(
      screen.getByRole('button', { name: `Download as CSV (${expected.length} concerns)` }),
    )
    await screen.findByText(`Downloaded ${expected.length} concerns.`, { exact: false })

    expect(downloads.names).toEqual([expect.stringMatching(/^concerns-\d{4}-\d{2}-\d{2}\.csv$/)])
    const [file] = downloads.files
    expect(file?.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await file!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const records = text.slice(1).split('\r\n')
    expect(records.at(-1)).toBe('')
    expect(records[0]).toBe(QUEUE_CSV_COLUMNS.join(','))
    const references = records.slice(1, -1).map((record) => record.split(',')[0])
    expect(references).toEqual(expected.map((c) => c.reference))

    // Asked page by page, in the largest pages allowed, with the view's filters and sort.
    const exportCalls = requests.filter((r) => r.url.searchParams.get('pageSize') === '100')
    expect(exportCalls.map((r) => r.url.searchParams.get('page'))).toEqual(
      Array.from({ length: Math.ceil(expected.length / 100) }, (_, i) => String(i + 1)),
    )
    for (const call of exportCalls) {
      expect(call.url.searchParams.getAll('status')).toEqual([...open])
      expect(call.url.searchParams.get('sort')).toBe('oldest')
    }
    expect(screen.getByRole('link', { name: /^Save concerns-.*\.csv again$/ })).toHaveAttribute(
      'href',
      'blob:test/1',
    )
  })

  it('says so, and downloads nothing, when a page of the export fails', async () => {
    const downloads = captureDownloads()
    server.use(
      http.get('*/api/v1/concerns', ({ request }) =>
        new URL(request.url).searchParams.get('pageSize') === '100'
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Service unavailable', status: 503 },
              { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const { user } = renderApp({ url: '/review', as: 'chair' })
    await queueCount()
    await user.click(screen.getByRole('button', { name: /Download as CSV/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Error: The file could not be prepared. The server had a problem. Try again in a moment.',
    )
    expect(downloads.files).toHaveLength(0)
    expect(screen.getByText('Showing 1 to 8 of 8 concerns')).toBeInTheDocument()
  })
})
