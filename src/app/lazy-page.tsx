import { lazy, type ComponentType } from 'react'

/** A page whose code is its own chunk, fetched the first time it is shown (or preloaded). */
export interface LazyPage {
  /** Renders the page, suspending (to the nearest Suspense) until its code has arrived. */
  Page: ComponentType
  /** Fetches the page's code; the same promise every time. */
  preload: () => Promise<void>
}

type PageModule = { default: ComponentType }

/**
 * A page through React.lazy that renders at once, with no Suspense fallback in between, when its
 * code has already arrived: the first page's code is preloaded before the first render, so the
 * static shell is replaced by the page itself. A failed fetch is kept (not retried on every
 * render): the route error page says so, and reloads when the signal returns.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined
  let loading: Promise<void> | undefined
  const preload = (): Promise<void> => {
    loading ??= load().then((component) => {
      loaded = component
    })
    return loading
  }
  const Page = lazy((): Promise<PageModule> => {
    const ready = loaded
    if (!ready) return preload().then(() => ({ default: loaded as ComponentType }))
    // React.lazy reads a thenable that answers within then() as already resolved, and renders
    // without suspending; a resolved Promise would still answer a microtask later.
    const answersAtOnce = {
      then: (resolve: (module: PageModule) => void) => resolve({ default: ready }),
    }
    return answersAtOnce as unknown as Promise<PageModule>
  })
  return { Page, preload }
}
