/*
 * What the pages SHOW, checked against the report: every figure, progress item, objective wording,
 * quotation and risk-theme description on the objective and risk-theme pages is found, word for
 * word, in the paragraph its note names (a fact's compact "para N", a risk theme's "Source: …").
 */
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { paragraphRefIn, sourceParagraphOf } from './board-helpers'
import { normalise, paragraph } from './report-fixture'

/** Checks one piece of text against a paragraph; a leading capital may be the app's own. */
function expectInParagraph(text: string, para: number | undefined) {
  expect(para, `no source paragraph for "${text}"`).toBeDefined()
  const wanted = normalise(text)
  const source = paragraph(para ?? 0)
  const found =
    source.includes(wanted) ||
    source.includes(wanted.charAt(0).toLocaleLowerCase('en-GB') + wanted.slice(1))
  expect(found, `"${wanted}" is not in para ${para}: "${source}"`).toBe(true)
}

/** The words of a fact list item: the figure (in <strong>) and the words around it, apart. */
function factParts(item: Element): string[] {
  const text = item.querySelector('.app-board-fact__text')
  if (!text) throw new Error('A fact without its text')
  const strong = text.querySelector('strong')?.textContent ?? ''
  const rest = (text.textContent ?? '')
    .replace(strong, '')
    .replace(/^\s*:\s*|\s*:\s*$/g, '')
    .trim()
  const around = rest.startsWith(':') ? rest.slice(1).trim() : rest
  // "48.2% of under 5s …" reads as in the report, so check the whole sentence too.
  return strong && text.textContent?.startsWith(strong)
    ? [text.textContent.trim()]
    : [strong, around].filter(Boolean)
}

describe.each(['objective-1', 'objective-2', 'objective-3', 'objective-4'])(
  '/objectives/%s',
  (id) => {
    it('shows every fact with the paragraph it comes from', async () => {
      renderApp({ url: `/objectives/${id}`, as: 'cllr-banbury' })
      await screen.findByRole('heading', { level: 2, name: 'Full wording' })
      const main = screen.getByRole('main')

      const [wording] = main.querySelectorAll('blockquote')
      if (!wording) throw new Error('no wording')
      expectInParagraph(
        `Objective: ${wording.textContent ?? ''}`,
        sourceParagraphOf(wording.nextElementSibling),
      )

      const facts = main.querySelectorAll('li.app-board-fact')
      expect(facts.length).toBeGreaterThan(0)
      for (const fact of facts) {
        const para = sourceParagraphOf(paragraphRefIn(fact))
        for (const part of factParts(fact)) expectInParagraph(part, para)
      }

      for (const figure of main.querySelectorAll('figure.app-board-evidence')) {
        const quote = (figure.querySelector('blockquote')?.textContent ?? '').replace(/[‘’]/g, '')
        const para = sourceParagraphOf(paragraphRefIn(figure))
        expectInParagraph(`'${quote}'`, para)
      }
    })
  },
)

it('objective 2 shows the Ofsted quotation of May 2014, from para 5', async () => {
  renderApp({ url: '/objectives/objective-2', as: 'cllr-banbury' })
  const figure = (await screen.findByText(/the comprehensive auditing programme/)).closest('figure')
  expect(figure).toHaveTextContent(/Ofsted inspection of safeguarding and looked after children/)
  expect(sourceParagraphOf(paragraphRefIn(figure))).toBe(5)
})

describe.each(['rising-demand', 'adolescent-vulnerability', 'serious-case-reviews'])(
  '/risks/%s',
  (id) => {
    it('quotes the report’s paragraph, whole, with its number', async () => {
      renderApp({ url: `/risks/${id}`, as: 'cllr-banbury' })
      await screen.findByRole('heading', { level: 2, name: 'What the report says' })
      const quote = screen.getByRole('main').querySelector('blockquote')
      const para = sourceParagraphOf(quote?.nextElementSibling)
      expect([8, 9, 10]).toContain(para)
      expect(paragraph(para ?? 0)).toBe(`${para}. ${normalise(quote?.textContent ?? '')}`)
    })
  },
)
