import { http } from 'msw'
import { serverError } from '../../../src/lib/backend/problems'
import { server } from '../../helpers/mock-server'

/** The next `GET <path>` answers 500 (a problem response); later requests reach the mock API. */
export function failOnce(path: string): void {
  server.use(
    http.get(`*/api/v1${path}`, () => serverError('A test made this fail.'), { once: true }),
  )
}

/**
 * The paragraph number in a source note: "Source: Cabinet report, 21 October 2014, para N" (a
 * page's or a chart's one note) or a fact's compact "para N", which a screen reader hears as
 * "Source: Cabinet report, para N".
 */
export function sourceParagraphOf(note: Element | null | undefined): number | undefined {
  const match = /^Source: Cabinet report(?:, 21 October 2014)?, para (\d+)$/.exec(
    note?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  )
  return match ? Number(match[1]) : undefined
}

/** A fact's own paragraph note ("para N"), the child of its list item, figure or card. */
export function paragraphRefIn(holder: Element | null | undefined): Element | null {
  return holder?.querySelector(':scope > .app-board-ref, :scope > * > .app-board-ref') ?? null
}

/** The one "Source: …" line of a section, naming the paragraphs its facts come from. */
export function sectionSourceOf(section: Element): string {
  const lines = [...section.querySelectorAll('.app-board-source')].map((line) =>
    (line.textContent ?? '').trim(),
  )
  if (lines.length !== 1) throw new Error(`Expected one source line, found: ${lines.join(' | ')}`)
  return lines[0] ?? ''
}
