// The app shell in real Chromium against the demo build: sign-in and sign-out for both roles,
// the 403 and 404 pages, axe on every shell page, a keyboard-only journey and the 320px layout.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  expectNoAxeViolations,
  focused,
  expectHeading1,
  horizontalOverflow,
  openApp,
  screenshot,
  signIn,
  signOut,
  tabTo,
  waitForHeading1,
} from './support'

const FORBIDDEN = 'You do not have access to this page'
const NOT_FOUND = 'Page not found'

/** The demo accounts load from the API after the sign-in heading shows. */
const demoAccountsShown = (page: Page) => page.getByRole('radio').first().waitFor()

describe('app shell at 768×1024', () => {
  it('sends a signed-out visitor to sign-in, signs a councillor in and out', async () => {
    const { page, pageErrors } = await openApp('/')
    await page.waitForURL((url) => url.pathname === '/sign-in')
    await expectHeading1(page, /sign in/i)
    await demoAccountsShown(page)
    await expectNoAxeViolations(page, 'sign-in')
    await screenshot(page, 'shell-sign-in-portrait')

    await signIn(page, 'cllr-banbury')
    expect(new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('main').isVisible()).resolves.toBe(true)
    await expectNoAxeViolations(page, 'home (councillor)')
    await screenshot(page, 'shell-home-councillor-portrait')

    await signOut(page)
    await expectHeading1(page, /sign in/i)
    await page.getByText('You have signed out.').waitFor({ state: 'visible' })
    await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0)
    await expectNoAxeViolations(page, 'sign-in after sign-out')

    // Signed out means signed out: the home page asks for sign-in again.
    await page.goto('/')
    await page.waitForURL((url) => url.pathname === '/sign-in')
    expect(pageErrors).toEqual([])
  })

  it('signs the chair in, back to the page asked for, and out', async () => {
    const { page, pageErrors } = await openApp('/risks')
    await page.waitForURL((url) => url.pathname === '/sign-in')
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/risks')
    await signIn(page, 'chair')
    expect(new URL(page.url()).pathname).toBe('/risks')
    await page.goto('/')
    await waitForHeading1(page)
    await expectNoAxeViolations(page, 'home (chair)')
    await screenshot(page, 'shell-home-chair-portrait')
    await signOut(page)
    expect(pageErrors).toEqual([])
  })

  it('asks for a choice when "Sign in" is pressed with no persona chosen', async () => {
    const { page } = await openApp('/sign-in')
    await demoAccountsShown(page)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    // GOV.UK pattern: the error summary takes focus and the title starts with "Error: ".
    await page.waitForFunction(() => document.title.startsWith('Error: '))
    expect(await focused(page)).not.toEqual(expect.objectContaining({ tag: '' }))
    await expectNoAxeViolations(page, 'sign-in with error')
    await screenshot(page, 'shell-sign-in-error-portrait')
  })

  it('shows a councillor the 403 page on a chair-only route', async () => {
    const { page } = await openApp('/sign-in')
    await signIn(page, 'cllr-oxford')
    await page.goto('/review')
    await waitForHeading1(page)
    await expectHeading1(page, FORBIDDEN)
    await expect(page.getByRole('main').getByRole('link').count()).resolves.toBeGreaterThan(0)
    await expectNoAxeViolations(page, '403')
    await screenshot(page, 'shell-403-portrait')
  })

  it('shows the 404 page for an unknown route', async () => {
    const { page } = await openApp('/sign-in')
    await signIn(page, 'cllr-didcot')
    await page.goto('/no-such-page')
    await expectHeading1(page, NOT_FOUND)
    await expectNoAxeViolations(page, '404')
    await screenshot(page, 'shell-404-portrait')
  })

  it('shows the about page to anyone', async () => {
    const { page } = await openApp('/about')
    expect(new URL(page.url()).pathname).toBe('/about')
    await expectNoAxeViolations(page, 'about')
    await screenshot(page, 'shell-about-portrait')
  })

  it('can be used with the keyboard alone: skip link, sign in, sign out', async () => {
    const { page } = await openApp('/sign-in')

    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    await expect(
      page.evaluate(() => document.activeElement?.closest('#main-content') !== null),
    ).resolves.toBe(true)

    await tabTo(page, (element) => element.tag === 'input' && element.type === 'radio')
    await page.keyboard.press('Space')
    await tabTo(page, 'Sign in')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname !== '/sign-in')
    await waitForHeading1(page)

    await tabTo(page, 'Sign out')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/sign-in')
  })
})

describe('app shell at 1024×768', () => {
  it('lays out sign-in and home', async () => {
    const { page } = await openApp('/sign-in', { viewport: 'landscape' })
    await demoAccountsShown(page)
    await screenshot(page, 'shell-sign-in-landscape')
    await signIn(page, 'cllr-banbury')
    await screenshot(page, 'shell-home-councillor-landscape')
  })
})

describe('app shell at 320px wide', () => {
  it('never scrolls sideways', async () => {
    const { page } = await openApp('/sign-in', { viewport: 'narrow' })
    await demoAccountsShown(page)
    const pages: Array<[string, string]> = [['sign-in', '/sign-in']]
    expect(await horizontalOverflow(page), 'sign-in').toBeLessThanOrEqual(0)
    await screenshot(page, 'shell-sign-in-narrow')

    await signIn(page, 'cllr-banbury')
    pages.push(['home', '/'], ['about', '/about'], ['403', '/review'], ['404', '/no-such-page'])
    for (const [name, path] of pages) {
      await page.goto(path)
      await waitForHeading1(page)
      expect(await horizontalOverflow(page), name).toBeLessThanOrEqual(0)
      await screenshot(page, `shell-${name}-narrow`)
    }
  })
})
