import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BarChart } from '../../../src/components/charts/bar-chart'

const bars = [
  { label: 'Neglect', count: 3 },
  { label: 'Exploitation', count: 1200 },
]

describe('the shared bar chart', () => {
  it('gives its heading, takeaway and a lazily drawn image named with every number', async () => {
    render(
      <BarChart
        heading="Concerns by theme"
        takeaway="Most were about exploitation."
        bars={bars}
        columns={['Theme', 'Concerns']}
        unit="concerns"
        note={<p>Source: this app.</p>}
      />,
    )
    const chart = screen.getByRole('region', { name: 'Concerns by theme' })
    expect(within(chart).getByRole('heading', { level: 2 })).toHaveTextContent('Concerns by theme')
    expect(chart).toHaveTextContent('Most were about exploitation.')
    expect(chart).toHaveTextContent('Source: this app.')
    const image = await within(chart).findByRole('img', {
      name: 'Bar chart, concerns by theme: Neglect 3, Exploitation 1200 concerns',
    })
    expect(image.querySelector('svg')).not.toBeNull()
  })

  it('switches to a table of the same numbers and back, keeping focus on the switch', async () => {
    const user = userEvent.setup()
    render(
      <BarChart
        heading="Concerns by theme"
        headingLevel={3}
        takeaway="Most were about exploitation."
        bars={bars}
        columns={['Theme', 'Concerns']}
        unit="concerns"
        layout="vertical"
      />,
    )
    const chart = screen.getByRole('region', { name: 'Concerns by theme' })
    expect(within(chart).getByRole('heading', { level: 3 })).toBeInTheDocument()
    const toggle = within(chart).getByRole('button', {
      name: 'Show as table for concerns by theme',
    })
    await user.click(toggle)
    const table = within(chart).getByRole('table', { name: 'Concerns by theme' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['ThemeConcerns', 'Neglect3', 'Exploitation1,200'])
    expect(within(chart).queryByRole('img')).not.toBeInTheDocument()
    expect(toggle).toHaveFocus()
    expect(toggle).toHaveAccessibleName('Show as chart for concerns by theme')

    await user.click(toggle)
    expect(await within(chart).findByRole('img')).toBeInTheDocument()
    expect(within(chart).queryByRole('table')).not.toBeInTheDocument()
  })

  it('draws nothing, and offers no table, when every count is nought', () => {
    render(
      <BarChart
        heading="Concerns by theme"
        takeaway="No concerns yet."
        bars={bars.map((bar) => ({ ...bar, count: 0 }))}
        columns={['Theme', 'Concerns']}
        unit="concerns"
      />,
    )
    const chart = screen.getByRole('region', { name: 'Concerns by theme' })
    expect(chart).toHaveTextContent('No concerns yet.')
    expect(within(chart).queryByRole('button')).not.toBeInTheDocument()
    expect(within(chart).queryByRole('img')).not.toBeInTheDocument()
  })
})
