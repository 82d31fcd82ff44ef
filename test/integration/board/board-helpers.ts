import { http } from 'msw'
import { serverError } from '../../../src/lib/backend/problems'
import { server } from '../../helpers/mock-server'

/** The next `GET <path>` answers 500 (a problem response); later requests reach the mock API. */
export function failOnce(path: string): void {
  server.use(
    http.get(`*/api/v1${path}`, () => serverError('A test made this fail.'), { once: true }),
  )
}

/** The paragraph number in a "Source: Cabinet report, 21 October 2014, para N" note. */
export function sourceParagraphOf(note: Element | null | undefined): number | undefined {
  const match = /^Source: Cabinet report, 21 October 2014, para (\d+)$/.exec(
    note?.textContent?.trim() ?? '',
  )
  return match ? Number(match[1]) : undefined
}

/** The source note that belongs to a fact: in the same list item, figure or card. */
export function sourceNoteFor(element: Element): Element | null {
  const holder = element.closest('li, figure, article, section, div.app-board-figure')
  return holder?.querySelector(':scope > .app-board-source, :scope > * > .app-board-source') ?? null
}
