import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { paragraph, normalise } from './report-fixture'
import { sourceParagraphOf } from './board-helpers'

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
    const tiles = within(figures).getAllByRole('listitem')
    expect(tiles).toHaveLength(4)
    const shown = tiles.map((tile) => {
      const value = tile.querySelector('.app-board-figure__value')?.textContent ?? ''
      const label = tile.querySelector('.app-board-figure__label')?.textContent ?? ''
      const para = sourceParagraphOf(tile.querySelector('.app-board-source'))
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
    expect(
      within(objectives).getByRole('heading', { name: /objective 2: quality assurance/i }),
    ).toBeInTheDocument()
    const risks = screen.getByRole('region', { name: /risk themes/i })
    const cards = within(risks).getAllByRole('article')
    expect(cards).toHaveLength(3)
    expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual([
      'Risk theme 1: Rising child protection and children in care activity',
      'Risk theme 2: Adolescent vulnerability',
      'Risk theme 3: Two Serious Case Reviews to be published in 2015',
    ])
    for (const card of cards) {
      const summary = card.querySelector('.app-board-card__summary')?.textContent ?? ''
      const para = sourceParagraphOf(card.querySelector('.app-board-source'))
      expect(paragraph(para ?? 0)).toContain(normalise(summary))
    }
  })

  it('gives the Role of Members message from para 11 and the route to raise a concern', async () => {
    await openOverview()
    const role = screen.getByRole('region', { name: 'Your role as a councillor' })
    const quote = role.querySelector('blockquote')?.textContent ?? ''
    expect(paragraph(11)).toContain(normalise(quote))
    expect(quote).toContain('eyes and ears of vulnerable children and families in your ward')
    expect(sourceParagraphOf(role.querySelector('.app-board-source'))).toBe(11)
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
    expect(sourceParagraphOf(card.querySelector('.app-board-source'))).toBe(9)
    // The card gives the report's first sentence of para 9, word for word.
    const summary = card.querySelector('.app-board-card__summary')?.textContent ?? ''
    expect(summary).toBe('Adolescents are vulnerable, as reflected in the OSCB report.')
    expect(paragraph(9)).toContain(summary)

    const raise = within(card).getByRole('link', { name: /raise a concern about this/i })
    expect(raise).toHaveAttribute('href', '/concerns/new?theme=adolescent-vulnerability')
    await user.click(raise)
    // The concern form is a lazy route: navigation completes once its module has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/concerns/new'))
    expect(router.state.location.search).toBe('?theme=adolescent-vulnerability')
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
