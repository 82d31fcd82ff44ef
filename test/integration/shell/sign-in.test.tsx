import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { renderApp } from '../../helpers/render-app'
import { waitForPage } from './shell-helpers'
import { mockDb, server } from '../../helpers/mock-server'

const signInButton = () => screen.findByRole('button', { name: 'Sign in' })

describe('sign-in page', () => {
  it('offers every demo account as a radio with its description', async () => {
    renderApp({ url: '/sign-in' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    const group = await screen.findByRole('group', {
      name: 'Which demo account do you want to use?',
    })
    const radios = within(group).getAllByRole('radio')
    expect(radios).toHaveLength(4)
    expect(within(group).getByRole('radio', { name: 'Demo Chair' })).toHaveAccessibleDescription(
      /independent chair/i,
    )
    expect(screen.getByText(/single sign-on/)).toBeInTheDocument()
    expect(document.title).toBe('Sign in – Eyes and Ears')
  })

  it('asks for a choice when nothing is chosen, GOV.UK style', async () => {
    const { user } = renderApp({ url: '/sign-in' })
    await user.click(await signInButton())

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument()
    const link = within(summary).getByRole('link', {
      name: 'Choose a demo account to sign in with',
    })
    // The summary takes focus so a screen reader reads it; the title says there is an error.
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe('Error: Sign in – Eyes and Ears')
    // The message also sits by the field, and the fieldset is described by it.
    const group = screen.getByRole('group', { name: 'Which demo account do you want to use?' })
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Choose a demo account'))

    // The summary's link moves focus to the first radio.
    await user.click(link)
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus()
    expect(mockDb().data.signedInUserId).toBeNull()
  })

  it('signs in and lands on the home page', async () => {
    const { user, router } = renderApp({ url: '/sign-in' })
    await user.click(await screen.findByRole('radio', { name: 'Demo Councillor A' }))
    await user.click(await signInButton())

    await waitForPage(router, '/')
    expect(mockDb().data.signedInUserId).toBe('cllr-banbury')
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByText('Demo Councillor A')).toBeInTheDocument()
  })

  it('returns to the page in returnTo after signing in', async () => {
    const { user, router } = renderApp({ url: '/sign-in?returnTo=%2Fabout%3Fx%3D1%23your-data' })
    await user.click(await screen.findByRole('radio', { name: 'Demo Chair' }))
    await user.click(await signInButton())

    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    expect(router.state.location).toMatchObject({
      pathname: '/about',
      search: '?x=1',
      hash: '#your-data',
    })
  })

  it.each([
    ['another site', '//evil.example/steal'],
    ['another site, with a backslash', '/\\evil.example'],
    ['an absolute address', 'https://evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['the sign-in page itself', '/sign-in?returnTo=%2F'],
  ])('ignores a returnTo pointing at %s and goes home', async (_case, returnTo) => {
    const { user, router } = renderApp({
      url: `/sign-in?${new URLSearchParams({ returnTo }).toString()}`,
    })
    await user.click(await screen.findByRole('radio', { name: 'Demo Councillor B' }))
    await user.click(await signInButton())
    await waitForPage(router, '/')
  })

  it('says so when the server cannot be reached, and keeps the choice', async () => {
    server.use(http.post('*/api/v1/session', () => HttpResponse.error()))
    const { user } = renderApp({ url: '/sign-in' })
    const radio = await screen.findByRole('radio', { name: 'Demo Councillor C' })
    await user.click(radio)
    await user.click(await signInButton())

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('could not reach the server')
    expect(radio).toBeChecked()
    expect(document.title).toBe('Error: Sign in – Eyes and Ears')
  })

  describe('on a server with demo mode off (404 to the demo sign-in)', () => {
    const councilSignIn = async () => {
      expect(
        await screen.findByText(
          'You sign in to Eyes and Ears with your Oxfordshire County Council account.',
        ),
      ).toBeVisible()
      expect(
        screen.getByText(/single sign-on\) is not switched on yet\. It is coming soon/),
      ).toBeVisible()
      expect(screen.queryByText(/This is a demonstration/)).toBeNull()
      expect(screen.queryByRole('radio')).toBeNull()
      expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull()
      expect(screen.queryByRole('alert')).toBeNull()
      const main = within(screen.getByRole('main'))
      expect(main.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
      expect(main.getByRole('link', { name: '0345 050 7666' })).toHaveAttribute(
        'href',
        'tel:03450507666',
      )
      expect(document.title).toBe('Sign in – Eyes and Ears')
    }

    it('says sign-in is through the council’s account, not an error, with the numbers to call', async () => {
      // As a server's own 404: plain text, not a problem document.
      server.use(
        http.get(
          '*/api/v1/session/personas',
          () => new HttpResponse('404 Not Found', { status: 404 }),
        ),
      )
      const { container } = renderApp({ url: '/sign-in' })
      await councilSignIn()
      expect(await axe(container)).toHaveNoViolations()
    })

    it('says the same when the demo accounts were listed but signing in with one is refused', async () => {
      server.use(
        http.post(
          '*/api/v1/session',
          () =>
            HttpResponse.json(
              { type: 'about:blank', title: 'Not Found', status: 404 },
              { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
            ),
          { once: true },
        ),
      )
      const { user } = renderApp({ url: '/sign-in' })
      await user.click(await screen.findByRole('radio', { name: 'Demo Councillor A' }))
      await user.click(await signInButton())
      await councilSignIn()
      expect(mockDb().data.signedInUserId).toBeNull()
    })
  })

  it.each([
    [500, 'The server had a problem. Try again in a moment.'],
    [429, 'The server is receiving too many requests. Wait a moment, then try again.'],
  ])('says plainly when signing in meets a %i', async (status, message) => {
    server.use(
      http.post('*/api/v1/session', () => new HttpResponse(null, { status }), { once: true }),
    )
    const { user } = renderApp({ url: '/sign-in' })
    await user.click(await screen.findByRole('radio', { name: 'Demo Chair' }))
    await user.click(await signInButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
  })

  it('has no axe violations, with and without errors', async () => {
    const { user, container } = renderApp({ url: '/sign-in' })
    await signInButton()
    expect(await axe(container)).toHaveNoViolations()
    await user.click(await signInButton())
    await screen.findByRole('alert')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('shows who is signed in on the sign-in page too, and signing in again switches account', async () => {
    const { user, router } = renderApp({ url: '/sign-in', as: 'cllr-oxford' })
    expect(await screen.findByText('Demo Councillor B')).toBeInTheDocument()
    await user.click(await screen.findByRole('radio', { name: 'Demo Chair' }))
    await user.click(await signInButton())
    // The chair's home is the queue: `/` sends them on to it.
    await waitForPage(router, '/review')
    await waitFor(() => expect(screen.getByText('Demo Chair')).toBeInTheDocument())
  })
})
