import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { AppRouter } from '../../helpers/render-app'

/**
 * Waits until the app shows `path` with its page heading, whatever that page's heading is (the
 * shell does not own the pages' wording). Returns the heading.
 */
export async function waitForPage(router: AppRouter, path: string): Promise<HTMLElement> {
  await waitFor(() => expect(router.state.location.pathname).toBe(path))
  return waitFor(() => {
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).not.toHaveTextContent(/^Sign in$/)
    return heading
  })
}

export const signOutButton = () => screen.findByRole('button', { name: 'Sign out' })
