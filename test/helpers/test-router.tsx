/*
 * The app's routes in a memory router, with a handle a test can read and drive from outside:
 *
 *   const { router, element } = createTestRouter(['/objectives'])
 *   render(element)
 *   await router.navigate('/risks')          // as the app's own links would
 *   expect(router.state.location.pathname).toBe('/risks')
 *
 * The memory router is set up as main.tsx sets up the browser router (no transitions), so a test
 * meets the app as a user does.
 */
import { useLayoutEffect, type ReactElement } from 'react'
import { act } from '@testing-library/react'
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useRoutes,
  type Location,
  type NavigateFunction,
  type To,
} from 'react-router'
import { routes } from '../../src/app/routes'

export interface TestRouter {
  /** Where the app is now: the location of the last render React committed. */
  state: { location: Location }
  /** Moves the app to `to` (or back/forward by a number of entries) and lets it render. */
  navigate: (to: To | number) => Promise<void>
}

export function createTestRouter(initialEntries: string[]): {
  router: TestRouter
  element: ReactElement
} {
  let navigateInApp: NavigateFunction | undefined
  const handle: TestRouter = {
    state: { location: { pathname: '', search: '', hash: '', state: null, key: '' } },
    navigate: async (to) => {
      await act(async () => {
        const navigate = navigateInApp
        if (!navigate) throw new Error('The test router has not rendered yet.')
        if (typeof to === 'number') await navigate(to)
        else await navigate(to)
      })
    },
  }
  function RoutesWithHandle() {
    const location = useLocation()
    const navigate = useNavigate()
    useLayoutEffect(() => {
      handle.state.location = location
      navigateInApp = navigate
    })
    return useRoutes(routes)
  }
  const element = (
    <MemoryRouter initialEntries={initialEntries} useTransitions={false}>
      <RoutesWithHandle />
    </MemoryRouter>
  )
  return { router: handle, element }
}
