import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { waitForPage } from './shell-helpers'

describe('page layout', () => {
  it('starts with a skip link to the main content', async () => {
    const { user } = renderApp({ url: '/sign-in' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })

    // The first Tab from the top of the page lands on the skip link.
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    expect(skip).toHaveFocus()
    expect(skip).toHaveAttribute('href', '#main-content')

    const main = screen.getByRole('main')
    expect(main).toHaveAttribute('id', 'main-content')
    await user.keyboard('{Enter}')
    expect(main).toHaveFocus()
  })

  it('names the service and the Board, with no crown or GOV.UK branding', async () => {
    renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const header = screen.getByRole('banner')
    expect(within(header).getByRole('link', { name: 'Eyes and Ears' })).toHaveAttribute('href', '/')
    expect(header).toHaveTextContent('Oxfordshire Safeguarding Children Board')
    expect(header).not.toHaveTextContent(/GOV\.UK/)
    expect(header.querySelector('svg')).toBeNull()
  })

  it('shows a signed-in user their name, role, navigation and "Sign out"', async () => {
    const { router } = renderApp({ url: '/', as: 'cllr-banbury' })
    await waitForPage(router, '/')
    const header = screen.getByRole('banner')
    expect(within(header).getByText('Demo Councillor A')).toBeInTheDocument()
    expect(header).toHaveTextContent('Councillor')
    const nav = within(header).getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('has a footer with the about page, the demo note and the reset button', async () => {
    renderApp({ url: '/sign-in' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: /About/ })).toHaveAttribute('href', '/about')
    expect(footer).toHaveTextContent('Demo: sample data only')
    expect(within(footer).getByRole('button', { name: 'Reset demo data' })).toBeInTheDocument()
    expect(within(footer).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
  })

  it('titles every shell page "<page> – Eyes and Ears"', async () => {
    const { router } = renderApp({ url: '/sign-in', as: 'cllr-oxford' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    expect(document.title).toBe('Sign in – Eyes and Ears')

    const pages: Array<[string, string]> = [
      ['/about', 'About this app – Eyes and Ears'],
      ['/review', 'You do not have access to this page – Eyes and Ears'],
      ['/nowhere', 'Page not found – Eyes and Ears'],
    ]
    for (const [path, title] of pages) {
      await act(() => router.navigate(path))
      await waitFor(() => expect(document.title).toBe(title))
    }
    await act(() => router.navigate('/'))
    await waitForPage(router, '/')
    expect(document.title).toMatch(/^.+ – Eyes and Ears$/)
  })
})

describe('focus after moving to another page', () => {
  it('stays at the top on the first page load', async () => {
    renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    expect(document.body).toHaveFocus()
  })

  it('moves to the new page’s main heading', async () => {
    const { user } = renderApp({ url: '/sign-in' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: /About/ }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'About this app' })
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('also after signing in, on a page that loads its data first', async () => {
    const { user, router } = renderApp({ url: '/sign-in' })
    await user.click(await screen.findByRole('radio', { name: 'Demo Councillor A' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const heading = await waitForPage(router, '/')
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('is left alone when only the query string changes', async () => {
    const { router } = renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    skip.focus()
    await act(() => router.navigate('/about?section=data'))
    expect(skip).toHaveFocus()
  })
})
