import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { sourceParagraphOf } from './board-helpers'

describe('progress charts', () => {
  it('picture the 48.2% with a heading, a takeaway in words and its source', async () => {
    renderApp({ url: '/', as: 'cllr-banbury' })
    const chart = await screen.findByRole('region', {
      name: 'Under 5s in children’s centre activity',
    })
    expect(chart).toHaveTextContent(
      "Just under half: 48.2% of under 5s in Oxfordshire have been involved in at least one activity in a children's centre.",
    )
    expect(sourceParagraphOf(chart.querySelector('.app-board-source'))).toBe(4)
    // The lazy chart arrives as one labelled image; its number is printed, not only coloured.
    const image = await within(chart).findByRole('img', { name: /^48\.2% of under 5s/ })
    expect(image.querySelector('svg')).not.toBeNull()
    expect(image).toHaveTextContent('48.2%')
  })

  it('switch to a real table with a caption, and back', async () => {
    const { user } = renderApp({ url: '/objectives/objective-1', as: 'cllr-banbury' })
    const chart = await screen.findByRole('region', { name: 'The 48.2% figure in a picture' })
    const toggle = within(chart).getByRole('button', { name: /show as table/i })
    await user.click(toggle)
    const table = within(chart).getByRole('table', { name: 'The 48.2% figure in a picture' })
    expect(within(table).getByRole('columnheader', { name: 'Share' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader')).toHaveTextContent(/^Of under 5s in Oxfordshire/)
    expect(within(table).getByRole('cell')).toHaveTextContent('48.2%')
    expect(within(chart).queryByRole('img')).not.toBeInTheDocument()

    await user.click(within(chart).getByRole('button', { name: /show as chart/i }))
    expect(await within(chart).findByRole('img')).toBeInTheDocument()
    expect(within(chart).queryByRole('table')).not.toBeInTheDocument()
  })

  it('draw no chart for objectives without a percentage (the report gives no series)', async () => {
    renderApp({ url: '/objectives/objective-2', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 2, name: 'Evidence' })
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /show as table/i })).not.toBeInTheDocument()
  })
})
