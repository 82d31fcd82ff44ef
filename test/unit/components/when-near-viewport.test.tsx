import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WhenNearViewport } from '../../../src/components/charts/when-near-viewport'

/** A stand-in for the browser's IntersectionObserver (jsdom has none): the test says when. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = []
  readonly observed: Element[] = []
  disconnected = false
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.instances.push(this)
  }
  observe(element: Element) {
    this.observed.push(element)
  }
  disconnect() {
    this.disconnected = true
  }
  /** The element has come within the margin of the viewport, or not. */
  report(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }))
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver)
  }
}

afterEach(() => {
  FakeIntersectionObserver.instances = []
  vi.unstubAllGlobals()
})

const picture = <p>The picture</p>

describe('a chart drawn only near the viewport', () => {
  it('keeps a placeholder of the same height until its place comes within a screen', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    const { container } = render(<WhenNearViewport height={220}>{picture}</WhenNearViewport>)
    expect(screen.queryByText('The picture')).not.toBeInTheDocument()
    expect(screen.getByText('Loading the chart')).toBeInTheDocument()
    const placeholder = container.querySelector<HTMLElement>('.app-chart__placeholder')
    expect(placeholder?.style.height).toBe('220px')

    const [observer] = FakeIntersectionObserver.instances
    expect(observer?.observed).toEqual([placeholder])
    expect(observer?.options.rootMargin).toBe('100% 0px')
    act(() => observer?.report(false))
    expect(screen.queryByText('The picture')).not.toBeInTheDocument()

    act(() => observer?.report(true))
    expect(screen.getByText('The picture')).toBeInTheDocument()
    expect(screen.queryByText('Loading the chart')).not.toBeInTheDocument()
    expect(observer?.disconnected).toBe(true)
  })

  it('draws at once in a browser without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    render(<WhenNearViewport height={220}>{picture}</WhenNearViewport>)
    expect(screen.getByText('The picture')).toBeInTheDocument()
  })
})
