import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import './board-helpers'

const cardTitles = () =>
  screen.queryAllByRole('article').map((article) => article.querySelector('h2, h3')?.textContent)

async function open(url: string) {
  const app = renderApp({ url, as: 'cllr-didcot' })
  await screen.findByRole('heading', { level: 1 })
  await screen.findByText(/objectives of the 2013-15 Business Plan|Showing \d+ of \d+ objectives/)
  return app
}

const filterForm = () => screen.getByRole('search', { name: 'Filter objectives' })

describe('filtering objectives', () => {
  it('filters by keyword and keeps the filter in the URL', async () => {
    const { user, router } = await open('/objectives')
    expect(cardTitles()).toHaveLength(4)
    await user.type(within(filterForm()).getByLabelText('Keyword'), 'Kingfisher')
    await user.click(within(filterForm()).getByRole('button', { name: 'Apply filters' }))
    expect(router.state.location.search).toBe('?q=Kingfisher')
    expect(cardTitles()).toEqual(['Objective 4: Focus on risk groups and themes'])
    expect(screen.getByText('Showing 1 of 4 objectives')).toBeInTheDocument()
  })

  it('filters by related risk theme, from a select of the three themes', async () => {
    const { user, router } = await open('/objectives')
    const select = within(filterForm()).getByLabelText('Related risk theme')
    await screen.findByRole('option', { name: 'Adolescent vulnerability' })
    expect(within(select).getAllByRole('option')).toHaveLength(4)
    await user.selectOptions(select, 'serious-case-reviews')
    await user.click(within(filterForm()).getByRole('button', { name: 'Apply filters' }))
    expect(router.state.location.search).toBe('?theme=serious-case-reviews')
    expect(cardTitles()).toEqual(['Objective 2: Quality assurance and challenge'])
  })

  it('restores the filter from a link, and the back button restores the one before', async () => {
    const { user, router } = await open('/objectives?q=children&theme=adolescent-vulnerability')
    expect(within(filterForm()).getByLabelText('Keyword')).toHaveValue('children')
    expect(await within(filterForm()).findByLabelText('Related risk theme')).toHaveValue(
      'adolescent-vulnerability',
    )
    expect(cardTitles()).toEqual(['Objective 4: Focus on risk groups and themes'])

    const keyword = within(filterForm()).getByLabelText('Keyword')
    await user.clear(keyword)
    await user.selectOptions(within(filterForm()).getByLabelText('Related risk theme'), '')
    await user.click(within(filterForm()).getByRole('button', { name: 'Apply filters' }))
    expect(router.state.location.search).toBe('')
    expect(cardTitles()).toHaveLength(4)

    await router.navigate(-1)
    expect(await screen.findByText('Showing 1 of 4 objectives')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?q=children&theme=adolescent-vulnerability')
    expect(within(filterForm()).getByLabelText('Keyword')).toHaveValue('children')
    expect(within(filterForm()).getByLabelText('Related risk theme')).toHaveValue(
      'adolescent-vulnerability',
    )
  })

  it('says when nothing matches, with a link that clears the filters', async () => {
    const { user, router } = await open('/?q=zebra')
    expect(cardTitles().filter((title) => title?.startsWith('Objective'))).toHaveLength(0)
    expect(screen.getByText('No objectives match your filters.')).toBeInTheDocument()
    const empty = screen.getByText('No objectives match your filters.').parentElement as HTMLElement
    await user.click(within(empty).getByRole('link', { name: 'Clear filters' }))
    expect(router.state.location.pathname).toBe('/')
    expect(router.state.location.search).toBe('')
    expect(await screen.findAllByRole('heading', { name: /^Objective \d/ })).toHaveLength(4)
    expect(within(filterForm()).getByLabelText('Keyword')).toHaveValue('')
  })

  it('works on the overview too, leaving the risk-theme cards in place', async () => {
    const { user, router } = await open('/')
    await user.type(within(filterForm()).getByLabelText('Keyword'), 'Ofsted')
    await user.keyboard('{Enter}')
    expect(router.state.location).toMatchObject({ pathname: '/', search: '?q=Ofsted' })
    const objectives = screen.getByRole('region', { name: 'Objectives' })
    expect(within(objectives).getAllByRole('article')).toHaveLength(1)
    expect(
      within(screen.getByRole('region', { name: /risk themes/i })).getAllByRole('article'),
    ).toHaveLength(3)
  })
})
