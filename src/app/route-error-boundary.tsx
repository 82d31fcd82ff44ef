import { Component, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { RouteErrorPage } from './pages/route-error-page'

interface BoundaryProps {
  pathname: string
  children: ReactNode
}

interface BoundaryState {
  error: unknown
  /** Where the error happened: moving to another page clears it, as a fresh page would. */
  pathname: string
  failed: boolean
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, pathname: this.props.pathname, failed: false }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true }
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (props.pathname === state.pathname) return null
    return { pathname: props.pathname, error: undefined, failed: false }
  }

  override componentDidCatch(error: unknown): void {
    console.error('A page failed', error)
  }

  override render() {
    return this.state.failed ? <RouteErrorPage error={this.state.error} /> : this.props.children
  }
}

/**
 * A page that crashes, or whose code cannot be fetched, shows the route error page in its place;
 * moving to another page tries again.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return <Boundary pathname={pathname}>{children}</Boundary>
}
