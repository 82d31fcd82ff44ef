import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { failOnce } from './board-helpers'

describe('when the server fails', () => {
  it('the objectives show an error with a Try again button that refetches', async () => {
    failOnce('/objectives')
    const { user } = renderApp({ url: '/objectives', as: 'cllr-banbury' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Sorry, the objectives could not be loaded')
    expect(alert).toHaveTextContent('The server had a problem. Try again in a moment.')
    expect(screen.queryAllByRole('article')).toHaveLength(0)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findAllByRole('article')).toHaveLength(4)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('the risk themes on the overview recover with Try again, the rest of the page stays', async () => {
    failOnce('/risk-themes')
    const { user } = renderApp({ url: '/', as: 'cllr-banbury' })
    const risks = await screen.findByRole('region', { name: /risk themes/i })
    const alert = await within(risks).findByRole('alert')
    expect(alert).toHaveTextContent('Sorry, the risk themes could not be loaded')
    const objectives = screen.getByRole('region', { name: 'Objectives' })
    expect(await within(objectives).findAllByRole('article')).toHaveLength(4)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(risks).findAllByRole('article')).toHaveLength(3)
  })

  it('an objective’s page recovers with Try again', async () => {
    failOnce('/objectives/:id')
    const { user } = renderApp({ url: '/objectives/objective-1', as: 'cllr-banbury' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Sorry, this objective could not be loaded')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: /safeguarding across the child/i }),
    ).toBeInTheDocument()
  })

  it('a risk theme’s page recovers with Try again', async () => {
    failOnce('/risk-themes/:id')
    const { user } = renderApp({ url: '/risks/rising-demand', as: 'cllr-banbury' })
    const alert = await screen.findByRole('alert')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: /rising child protection/i }),
    ).toBeInTheDocument()
  })
})
