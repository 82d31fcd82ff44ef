import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import type { ConcernStats } from '../../../src/lib/api'
import {
  divisionBars,
  divisionTakeaway,
  monthTakeaway,
  statusTakeaway,
  themeTakeaway,
} from '../../../src/features/review/insights/insights-data'
import { seedManyConcerns } from '../../../mocks/store'
import { mockDb } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { queueCount } from './review-helpers'

const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
const chart = (name: string) => screen.findByRole('region', { name })

async function tableOf(name: string, user: { click: (element: Element) => Promise<void> }) {
  const region = await chart(name)
  await user.click(
    within(region).getByRole('button', { name: `Show as table for ${name.toLowerCase()}` }),
  )
  const table = within(region).getByRole('table', { name })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ])
}

describe('insights', () => {
  it('charts concerns by theme, division, month and status, each with a takeaway from the data', async () => {
    renderApp({ url: '/review/insights', as: 'chair' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Patterns in concerns' }),
    ).toBeVisible()
    expect(await screen.findByText('8 concerns raised so far.')).toBeInTheDocument()

    expect(await chart('Concerns by risk theme')).toHaveTextContent(
      'Most concerns were raised under “Adolescent vulnerability”: 4 of 8 (50%).',
    )
    expect(await chart('Concerns by division')).toHaveTextContent(
      'Concerns came from 6 divisions; “Banbury Calthorpe” and “Jericho and Osney” raised the most, 2 each.',
    )
    expect(await chart('Concerns by status')).toHaveTextContent(
      '5 of 8 concerns are still open (submitted, acknowledged or in review); 2 have not been acknowledged yet.',
    )
    expect(await chart('Concerns by month raised')).toHaveTextContent(
      /^Concerns by month raisedOver \d+ months, from /,
    )

    // Every bar in words: a list of links, each named by its label and count.
    const statuses = within(await chart('Concerns by status')).getByRole('list', {
      name: 'Concerns by status',
    })
    for (const name of [
      'Submitted: 2 concerns',
      'Acknowledged: 1 concerns',
      'In review: 2 concerns',
      'Referred: 1 concerns',
      'Actioned: 1 concerns',
      'Closed: 1 concerns',
    ]) {
      expect(within(statuses).getByRole('link', { name })).toBeVisible()
    }
  })

  it('names every month, and links each bar to the queue filtered to exactly its concerns', async () => {
    seedManyConcerns(mockDb(), 300, { seed: 13 })
    const { user, router } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('308 concerns raised so far.')
    const months = within(await chart('Concerns by month raised')).getAllByRole('link')
    const stats = mockDb().data.concerns.map((c) => c.createdAt.slice(0, 7))
    const distinct = new Set(stats)
    // No month left unnamed (months with none are listed too, without a link).
    expect(months.length).toBe(distinct.size)
    for (const link of months)
      expect(link).toHaveAccessibleName(/^[A-Z][a-z]{2,3} \d{4}: \d+ concerns$/)

    const theme = within(await chart('Concerns by risk theme')).getByRole('link', {
      name: /^Adolescent vulnerability: \d+ concerns$/,
    })
    const count = Number(/(\d+) concerns$/.exec(theme.textContent)?.[1])
    await user.click(theme)
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'))
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('theme')).toBe('adolescent-vulnerability')
    expect(params.get('status')).toBe('all')
    expect(await queueCount()).toHaveTextContent(new RegExp(`of ${count} concerns?$`))
  })

  it('tables concerns by division and theme, marks clusters in words, and links each count', async () => {
    // Three new concerns in one theme and division this week: a cluster.
    const [first] = mockDb().data.concerns
    if (!first) throw new Error('no sample concern')
    for (let i = 0; i < 3; i++) {
      mockDb().data.concerns.push({
        ...first,
        id: `cluster-${i}`,
        reference: `EE-2099-000${i}`,
        createdAt: new Date(Date.now() - i * 86_400_000).toISOString(),
        updatedAt: new Date(Date.now() - i * 86_400_000).toISOString(),
      })
    }
    const { user, router } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('11 concerns raised so far.')
    const section = await screen.findByRole('region', {
      name: 'Concerns by division and risk theme',
    })
    expect(section).toHaveTextContent(/1 cluster of 3 or more concerns/)
    const table = within(section).getByRole('table')
    const cluster = within(table).getByText(/– cluster, \d+ in 90 days/)
    const cell = cluster.closest('td')
    if (!cell) throw new Error('no cell')
    const link = within(cell).getByRole('link')
    expect(link).toHaveAccessibleName(/^\d+ concerns under .+ in .+$/)
    const count = Number(link.querySelector('[aria-hidden="true"]')?.textContent)
    await user.click(link)
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'))
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('theme')).toBe(first.themeId)
    expect(params.get('division')).toBe(first.divisionId)
    expect(await queueCount()).toHaveTextContent(new RegExp(`of ${count} concerns?$`))
  })

  it('gives every chart as a table instead', async () => {
    const { user } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('8 concerns raised so far.')
    expect(await tableOf('Concerns by risk theme', user)).toEqual([
      ['Rising child protection and children in care activity', '2'],
      ['Adolescent vulnerability', '4'],
      ['Two Serious Case Reviews to be published in 2015', '1'],
      ['Something else', '1'],
    ])
    expect(await tableOf('Concerns by status', user)).toEqual([
      ['Submitted', '2'],
      ['Acknowledged', '1'],
      ['In review', '2'],
      ['Referred', '1'],
      ['Actioned', '1'],
      ['Closed', '1'],
    ])
    const divisions = await tableOf('Concerns by division', user)
    expect(divisions[0]).toEqual(['Banbury Calthorpe', '2'])
    expect(divisions).toHaveLength(6)
    const months = await tableOf('Concerns by month raised', user)
    expect(months.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(8)
    expect(months[0]?.[0]).toMatch(/^[A-Z][a-z]{2} \d{4}$/)

    const region = await chart('Concerns by risk theme')
    await user.click(
      within(region).getByRole('button', { name: 'Show as chart for concerns by risk theme' }),
    )
    expect(within(region).getByRole('list', { name: 'Concerns by risk theme' })).toBeVisible()
    expect(within(region).queryByRole('table')).not.toBeInTheDocument()
  })

  it('groups all but the ten busiest divisions as “the rest”', async () => {
    seedManyConcerns(mockDb(), 400, { seed: 11 })
    const { user } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('408 concerns raised so far.')
    const rows = await tableOf('Concerns by division', user)
    expect(rows).toHaveLength(11)
    expect(rows[10]?.[0]).toMatch(/^The rest \(\d+ divisions\)$/)
    expect(rows.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(408)
    expect(await chart('Concerns by division')).toHaveTextContent(
      /The ten with the most raised \d+% of them\./,
    )
  })

  it('keeps the date range in the URL and applies it to every chart', async () => {
    const { user, router } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('8 concerns raised so far.')
    await user.type(screen.getByLabelText('From'), day(40))
    await user.type(screen.getByLabelText('To'), day(0))
    await user.click(screen.getByRole('button', { name: 'Show' }))
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        from: day(40),
        to: day(0),
      }),
    )
    expect(await screen.findByText(/^3 concerns raised from /)).toBeInTheDocument()
    expect(await tableOf('Concerns by status', user)).toEqual([
      ['Submitted', '2'],
      ['Acknowledged', '0'],
      ['In review', '1'],
      ['Referred', '0'],
      ['Actioned', '0'],
      ['Closed', '0'],
    ])
    await router.navigate(-1)
    expect(await screen.findByText('8 concerns raised so far.')).toBeInTheDocument()
  })

  it('reads sensibly with one concern', async () => {
    renderApp({ url: `/review/insights?from=${day(5)}`, as: 'chair' })
    expect(await screen.findByText(/^1 concern raised on or after /)).toBeInTheDocument()
    expect(await chart('Concerns by risk theme')).toHaveTextContent(
      'The one concern was raised under “Rising child protection and children in care activity”.',
    )
    expect(await chart('Concerns by division')).toHaveTextContent(
      'The one concern came from Didcot East and Hagbourne.',
    )
    expect(await chart('Concerns by status')).toHaveTextContent('The one concern is submitted.')
    expect(await chart('Concerns by month raised')).toHaveTextContent(
      /The one concern was raised in \w+ \d{4}\./,
    )
  })

  it('says there is nothing to chart for an empty period, and draws nothing', async () => {
    const { container } = renderApp({
      url: '/review/insights?from=2001-01-01&to=2001-12-31',
      as: 'chair',
    })
    expect(
      await screen.findByText('No concerns raised from 1 January 2001 to 31 December 2001.'),
    ).toBeInTheDocument()
    expect(screen.getByText(/There is nothing to chart for this period/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Concerns by risk theme' })).toBeNull()
    expect(await axe(container)).toHaveNoViolations()
  })

  it('refuses a range that ends before it starts', async () => {
    const { user, router } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('8 concerns raised so far.')
    await user.type(screen.getByLabelText('From'), '2025-05-01')
    await user.type(screen.getByLabelText('To'), '2025-04-01')
    await user.click(screen.getByRole('button', { name: 'Show' }))
    expect(
      await screen.findByRole('link', { name: '‘To’ must be the same as or after ‘From’' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Error: Patterns in concerns – Eyes and Ears'))
    expect(router.state.location.search).toBe('')
  })

  it('has no axe violations with charts and with tables', async () => {
    const { container, user } = renderApp({ url: '/review/insights', as: 'chair' })
    await screen.findByText('8 concerns raised so far.')
    await within(await chart('Concerns by status')).findByRole('list')
    expect(await axe(container)).toHaveNoViolations()
    await tableOf('Concerns by division', user)
    expect(await axe(container)).toHaveNoViolations()
  })
})

describe('takeaways from edge-case counts', () => {
  const stats = (overrides: Partial<ConcernStats>): ConcernStats => ({
    total: 0,
    byStatus: [],
    byTheme: [],
    byDivision: [],
    byMonth: [],
    byThemeAndDivision: [],
    ...overrides,
  })

  it('name every leader when counts tie', () => {
    const tied = stats({
      total: 4,
      byTheme: [
        { themeId: 'a', title: 'A', count: 2 },
        { themeId: 'b', title: 'B', count: 2 },
      ],
      byDivision: [
        { divisionId: 'x', name: 'X', count: 2 },
        { divisionId: 'y', name: 'Y', count: 2 },
      ],
      byMonth: [
        { month: '2025-01', count: 2 },
        { month: '2025-02', count: 2 },
      ],
      byStatus: [{ status: 'closed', count: 4 }],
    })
    expect(themeTakeaway(tied)).toBe('“A” and “B” had the most concerns, 2 each (of 4).')
    expect(divisionTakeaway(tied)).toBe(
      'Concerns came from 2 divisions; “X” and “Y” raised the most, 2 each.',
    )
    expect(monthTakeaway(tied)).toBe(
      'Over 2 months, from January 2025 to February 2025, the busiest months had 2 concerns each: January 2025, February 2025.',
    )
    expect(statusTakeaway(tied)).toBe('None of the 4 concerns is still open.')
  })

  it('leave out “the rest” when ten divisions or fewer have concerns', () => {
    const ten = stats({
      total: 10,
      byDivision: Array.from({ length: 10 }, (_, i) => ({
        divisionId: `d${i}`,
        name: `D${i}`,
        count: 1,
      })),
    })
    expect(divisionBars(ten)).toHaveLength(10)
  })
})
