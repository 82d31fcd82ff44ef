import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { renderApp } from '../../helpers/render-app'
import { failOnce } from './board-helpers'

describe('board pages have no axe violations', () => {
  it('the overview, with a card open and a chart shown as a table', async () => {
    const { container, user } = renderApp({ url: '/', as: 'cllr-banbury' })
    await screen.findAllByRole('heading', { name: /^Risk theme \d/ })
    await screen.findByRole('region', { name: 'Concerns raised under each risk theme' })
    expect(await axe(container)).toHaveNoViolations()

    await user.click(screen.getAllByRole('button', { name: /full wording and progress/i })[1]!)
    const chart = screen.getByRole('region', { name: 'Concerns raised under each risk theme' })
    await user.click(within(chart).getByRole('button', { name: /show as table/i }))
    expect(await axe(container)).toHaveNoViolations()
  })

  it('an objective page (with its chart) and a risk-theme page', async () => {
    const objective = renderApp({ url: '/objectives/objective-1', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 2, name: 'Full wording' })
    await screen.findByRole('img', { name: /48\.2%/ })
    expect(await axe(objective.container)).toHaveNoViolations()
    objective.unmount()

    const risk = renderApp({ url: '/risks/adolescent-vulnerability', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 2, name: 'What the report says' })
    expect(await axe(risk.container)).toHaveNoViolations()
  })

  it('the chair’s overview, with its own main action', async () => {
    const { container } = renderApp({ url: '/overview', as: 'chair' })
    await within(await screen.findByRole('main')).findByRole('link', { name: 'Review concerns' })
    await screen.findAllByRole('heading', { name: /^Risk theme \d/ })
    expect(await axe(container)).toHaveNoViolations()
  })

  it('a load error', async () => {
    failOnce('/risk-themes')
    const { container } = renderApp({ url: '/risks', as: 'cllr-banbury' })
    await screen.findByRole('alert')
    expect(await axe(container)).toHaveNoViolations()
  })
})
