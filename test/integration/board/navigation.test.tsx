import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { paragraphRefIn, sourceParagraphOf } from './board-helpers'

describe('objective and risk-theme pages', () => {
  it('go from an overview card to the objective’s page and back', async () => {
    const { user, router } = renderApp({ url: '/', as: 'cllr-banbury' })
    const link = await screen.findByRole(
      'link',
      { name: /objective 2 in full/i },
      { timeout: 5000 },
    )
    await user.click(link)
    // The page's route module loads lazily; the location moves once it has.
    await waitFor(() => expect(router.state.location.pathname).toBe('/objectives/objective-2'))
    expect(
      await screen.findByRole('heading', { level: 1, name: /quality assurance and challenge/i }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Objective 2: Quality assurance and challenge – Eyes and Ears')

    await router.navigate(-1)
    expect(router.state.location.pathname).toBe('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Board’s year at a glance' }),
    ).toBeInTheDocument()
  })

  it('show an objective in full: wording, progress, evidence, related themes, source', async () => {
    const { user, router } = renderApp({ url: '/objectives/objective-2', as: 'chair' })
    await screen.findByRole('heading', { level: 1, name: /quality assurance and challenge/i })
    expect(screen.getByRole('heading', { level: 2, name: 'Full wording' })).toBeInTheDocument()
    expect(
      screen.getByText('To improve the quality assurance work and challenge role of the OSCB'),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Notable progress' })).toBeInTheDocument()
    expect(screen.getByText('400+')).toBeInTheDocument()

    const evidence = screen.getByRole('heading', { level: 2, name: 'Evidence' })
    expect(evidence).toBeInTheDocument()
    const quote = screen.getByText(/learning from serious case reviews, the comprehensive/)
    const figure = quote.closest('figure') as HTMLElement
    expect(within(figure).getByText(/Ofsted inspection .* May 2014/)).toBeInTheDocument()
    expect(sourceParagraphOf(paragraphRefIn(figure))).toBe(5)

    expect(screen.getByText(/Paragraph 5 of the Cabinet report of 21 October 2014/)).toBeVisible()

    const related = screen.getByRole('region', { name: 'Related risk themes' })
    await user.click(
      await within(related).findByRole('link', {
        name: 'Risk theme 3: Two Serious Case Reviews to be published in 2015',
      }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/risks/serious-case-reviews'))
    expect(
      await screen.findByRole('heading', { level: 1, name: /two serious case reviews/i }),
    ).toBeInTheDocument()
  })

  it('show a risk theme in full, with the link into the concern form', async () => {
    const { user, router } = renderApp({ url: '/risks', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 1, name: 'Risk themes' })
    await user.click(await screen.findByRole('link', { name: /risk theme 2 in full/i }))
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/risks/adolescent-vulnerability'),
    )
    await screen.findByRole('heading', { level: 1, name: /adolescent vulnerability/i })
    expect(screen.getByRole('list', { name: /sub-themes/i }).children).toHaveLength(5)
    expect(screen.getByText(/raised under this theme in this app/)).toBeInTheDocument()
    const objectives = screen.getByRole('region', { name: 'Related objectives' })
    expect(
      await within(objectives).findByRole('link', {
        name: 'Objective 4: Focus on risk groups and themes',
      }),
    ).toHaveAttribute('href', '/objectives/objective-4')

    const raise = screen.getByRole('link', { name: 'Raise a concern about this' })
    expect(raise).toHaveAttribute('href', '/concerns/new')
    await user.click(raise)
    // The concern form is a lazy route: navigation completes once its module has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/concerns/new'))
  })

  it('offer no concern under the Serious Case Reviews, a Board milestone', async () => {
    renderApp({ url: '/risks/serious-case-reviews', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 1, name: /Two Serious Case Reviews/ })
    expect(screen.queryByRole('link', { name: /Raise a concern about this/ })).toBeNull()
  })

  it('answer an unknown id with the page-not-found page', async () => {
    renderApp({ url: '/objectives/objective-9', as: 'cllr-banbury' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Page not found – Eyes and Ears')
  })

  it('send a signed-out visitor to sign in first', async () => {
    const { router } = renderApp({ url: '/risks/rising-demand' })
    await screen.findByRole('heading', { level: 1, name: /sign in/i })
    expect(router.state.location.pathname).toBe('/sign-in')
  })
})
