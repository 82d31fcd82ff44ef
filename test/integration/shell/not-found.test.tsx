import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { renderApp } from '../../helpers/render-app'

describe('an unknown address', () => {
  it.each([
    ['signed in', 'cllr-didcot' as const],
    ['signed out', undefined],
  ])('shows the 404 page (%s), with a way home', async (_case, as) => {
    const { container } = renderApp({ url: '/no-such-page', as })
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(document.title).toBe('Page not found – Eyes and Ears')
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('shows the 404 page for a deeper unknown address too', async () => {
    renderApp({ url: '/about/nothing/here', as: 'chair' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
