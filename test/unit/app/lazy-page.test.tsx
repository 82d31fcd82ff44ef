import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { lazyPage } from '../../../src/app/lazy-page'

function Hello() {
  return <h1>Hello</h1>
}

function controlledLoad() {
  let calls = 0
  let arrive: (() => void) | undefined
  const load = () => {
    calls += 1
    return new Promise<typeof Hello>((resolve) => {
      arrive = () => resolve(Hello)
    })
  }
  return { load, calls: () => calls, arrive: () => arrive?.() }
}

const inSuspense = (Page: React.ComponentType) => (
  <Suspense fallback={<p>Loading the page</p>}>
    <Page />
  </Suspense>
)

describe('a lazily loaded page', () => {
  it('shows the loading state until its code arrives, then the page', async () => {
    const code = controlledLoad()
    const { Page } = lazyPage(code.load)
    render(inSuspense(Page))
    expect(screen.getByText('Loading the page')).toBeInTheDocument()
    code.arrive()
    expect(await screen.findByRole('heading', { name: 'Hello' })).toBeInTheDocument()
    expect(screen.queryByText('Loading the page')).not.toBeInTheDocument()
  })

  it('renders at once, with no loading state, when its code was preloaded', async () => {
    const code = controlledLoad()
    const { Page, preload } = lazyPage(code.load)
    const preloaded = preload()
    code.arrive()
    await preloaded
    render(inSuspense(Page))
    expect(screen.getByRole('heading', { name: 'Hello' })).toBeInTheDocument()
    expect(screen.queryByText('Loading the page')).not.toBeInTheDocument()
  })

  it('fetches its code once, however often it is preloaded or shown', async () => {
    const code = controlledLoad()
    const { Page, preload } = lazyPage(code.load)
    const first = preload()
    expect(preload()).toBe(first)
    code.arrive()
    await first
    render(inSuspense(Page))
    render(inSuspense(Page))
    expect(screen.getAllByRole('heading', { name: 'Hello' })).toHaveLength(2)
    expect(code.calls()).toBe(1)
  })
})
