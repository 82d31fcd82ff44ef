import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { paragraph, normalise } from './report-fixture'
import { paragraphRefIn, sectionSourceOf, sourceParagraphOf } from './board-helpers'

async function openOverview() {
  const app = renderApp({ url: '/', as: 'cllr-banbury' })
  await screen.findByRole('heading', { level: 1, name: /at a glance/i })
  await screen.findAllByRole('article')
  return app
}

describe('the overview (/)', () => {
  it('shows the four headline figures, each with its paragraph of the report', async () => {
    await openOverview()
    const figures = screen.getByRole('region', { name: 'Headline figures' })
    expect(sectionSourceOf(figures)).toBe(
      'Source: Cabinet report, 21 October 2014, paragraphs 4 and 5',
    )
    const tiles = within(figures).getAllByRole('listitem')
    expect(tiles).toHaveLength(4)
    const shown = tiles.map((tile) => {
      const value = tile.querySelector('.app-board-figure__value')?.textContent ?? ''
      const label = tile.querySelector('.app-board-figure__label')?.textContent ?? ''
      const para = sourceParagraphOf(paragraphRefIn(tile))
      return { value, label, para }
    })
    expect(shown.map((figure) => figure.value)).toEqual(['48.2%', '104', 'Sept 2014', '400+'])
    for (const figure of shown) {
      expect(figure.para).toBeDefined()
      const text = paragraph(figure.para ?? 0)
      expect(text).toContain(figure.value)
      expect(text).toContain(normalise(figure.label))
    }
    expect(shown.map((figure) => figure.para)).toEqual([4, 4, 4, 5])
  })

  it('shows the four objective cards and the three risk-theme cards', async () => {
    await openOverview()
    const objectives = screen.getByRole('region', { name: 'Objectives' })
    expect(within(objectives).getAllByRole('article')).toHaveLength(4)
    expect(sectionSourceOf(objectives)).toBe(
      'Source: Cabinet report, 21 October 2014, paragraphs 4 to 7',
    )
    expect(
      within(objectives).getByRole('heading', { name: /objective 2: quality assurance/i }),
    ).toBeInTheDocument()
    const risks = screen.getByRole('region', { name: /risk themes/i })
    const cards = within(risks).getAllByRole('article')
    expect(cards).toHaveLength(3)
    expect(sectionSourceOf(risks)).toBe(
      'Source: Cabinet report, 21 October 2014, paragraphs 8 to 10',
    )
    expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual([
      'Risk theme 1: Rising child protection and children in care activity',
      'Risk theme 2: Adolescent vulnerability',
      'Risk theme 3: Two Serious Case Reviews to be published in 2015',
    ])
    for (const card of cards) {
      const summary = card.querySelector('.app-board-card__summary')?.textContent ?? ''
      const para = sourceParagraphOf(paragraphRefIn(card))
      expect(paragraph(para ?? 0)).toContain(normalise(summary))
    }
  })

  it('names the report once per section, each card and figure keeping its paragraph', async () => {
    await openOverview()
    // One full source line each for the figures, objectives and risk themes, one under the
    // report's chart and one under the concerns chart: never one per card.
    const lines = [...document.querySelectorAll('main .app-board-source')].map(
      (line) => line.textContent,
    )
    expect(lines.filter((line) => line?.startsWith('Source: Cabinet report'))).toHaveLength(4)
    expect(screen.getAllByText(/^Source: Cabinet report, 21 October 2014/)).toHaveLength(5)
    // Each card still says where it comes from, in a word: "para 4".
    for (const card of screen.getAllByRole('article')) {
      expect(sourceParagraphOf(paragraphRefIn(card)), card.textContent).toBeDefined()
    }
  })

  it('puts the councillor’s main action, Raise a concern, before the figures', async () => {
    await openOverview()
    const main = screen.getByRole('main')
    const raise = within(main).getAllByRole('link', { name: 'Raise a concern' })[0]
    const figures = screen.getByRole('region', { name: 'Headline figures' })
    expect(raise).toHaveAttribute('href', '/concerns/new')
    expect(raise?.compareDocumentPosition(figures)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    expect(within(main).queryByRole('link', { name: 'Review concerns' })).not.toBeInTheDocument()
  })

  it('gives the chair Review concerns as the main action, not the councillor’s form', async () => {
    renderApp({ url: '/overview', as: 'chair' })
    const main = await screen.findByRole('main')
    const review = await within(main).findByRole('link', { name: 'Review concerns' })
    expect(review).toHaveAttribute('href', '/review')
    await screen.findAllByRole('article')
    expect(
      review.compareDocumentPosition(screen.getByRole('region', { name: 'Headline figures' })),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    expect(within(main).queryByRole('link', { name: 'Raise a concern' })).not.toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: 'Your role as a councillor' }),
    ).not.toBeInTheDocument()
  })

  it('gives the Role of Members message from para 11 and the route to raise a concern', async () => {
    await openOverview()
    const role = screen.getByRole('region', { name: 'Your role as a councillor' })
    const quote = role.querySelector('blockquote')?.textContent ?? ''
    expect(paragraph(11)).toContain(normalise(quote))
    expect(quote).toContain('eyes and ears of vulnerable children and families in your ward')
    expect(role.querySelector('figcaption')).toHaveTextContent(
      'As the Chair of the OSCB has said. Source: Cabinet report, 21 October 2014, para 11 (Role of Members)',
    )
    expect(within(role).getByRole('link', { name: 'Raise a concern' })).toHaveAttribute(
      'href',
      '/concerns/new',
    )
  })

  it('gives each risk theme its sub-themes, concern count and a link into the concern form', async () => {
    const { user, router } = await openOverview()
    const card = screen
      .getAllByRole('article')
      .find((article) => article.textContent.includes('Adolescent vulnerability'))
    if (!card) throw new Error('no adolescent vulnerability card')
    const tags = within(within(card).getByRole('list', { name: /sub-themes/i })).getAllByRole(
      'listitem',
    )
    expect(tags.map((tag) => tag.textContent)).toContain('Child sexual exploitation')
    expect(tags).toHaveLength(5)
    expect(within(card).getByText(/raised under this theme/)).toHaveTextContent(
      /^\d+ concerns? raised under this theme in this app$/,
    )
    expect(sourceParagraphOf(paragraphRefIn(card))).toBe(9)
    // The card gives the report's first sentence of para 9, word for word.
    const summary = card.querySelector('.app-board-card__summary')?.textContent ?? ''
    expect(summary).toBe('Adolescents are vulnerable, as reflected in the OSCB report.')
    expect(paragraph(9)).toContain(summary)

    const raise = within(card).getByRole('link', { name: /raise a concern about this/i })
    expect(raise).toHaveAttribute('href', '/concerns/new')
    await user.click(raise)
    // The concern form is a lazy route: navigation completes once its module has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/concerns/new'))
  })

  it('counts the concerns raised under each theme as the API reports them', async () => {
    const { user } = await openOverview()
    const chart = await screen.findByRole('region', {
      name: 'Concerns raised under each risk theme',
    })
    await user.click(within(chart).getByRole('button', { name: /show as table/i }))
    const table = within(chart).getByRole('table', {
      name: 'Concerns raised under each risk theme',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    const counts = screen
      .getAllByText(/raised under this theme in this app$/)
      .map((element) => element.querySelector('strong')?.textContent)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(counts)
  })
})
