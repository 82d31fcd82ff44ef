import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { Pagination } from '../../../src/components/pagination/pagination'

/** A page of a list whose page number is in the URL, as both lists keep it. */
function List({ totalPages }: { totalPages: number }) {
  const [params] = useSearchParams()
  const page = Number(params.get('page') ?? '1')
  return (
    <>
      <h1>Page {page}</h1>
      <Pagination
        page={page}
        totalPages={totalPages}
        label="Pages of things"
        hrefFor={(n) => ({ search: `?page=${n}` })}
      />
    </>
  )
}

function renderList(url: string, totalPages: number) {
  const router = createMemoryRouter(
    [{ path: '/things', element: <List totalPages={totalPages} /> }],
    {
      initialEntries: [url],
    },
  )
  render(<RouterProvider router={router} />)
  return { user: userEvent.setup(), router }
}

describe('the shared pagination', () => {
  it('is not there when everything fits on one page', () => {
    renderList('/things', 1)
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
  })

  it('links every page to its own address, marks the current one and steps both ways', async () => {
    const { user, router } = renderList('/things?page=5', 10)
    const pages = screen.getByRole('navigation', { name: 'Pages of things' })
    const links = within(pages).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Previous page',
      '1',
      '4',
      '5',
      '6',
      '10',
      'Next page',
    ])
    expect(within(pages).getByRole('link', { name: 'Page 5' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(pages).getByRole('link', { name: 'Page 10' })).toHaveAttribute(
      'href',
      '/things?page=10',
    )

    await user.click(within(pages).getByRole('link', { name: 'Previous page' }))
    expect(router.state.location.search).toBe('?page=4')
    await user.click(screen.getByRole('link', { name: 'Page 10' }))
    expect(screen.getByRole('heading', { name: 'Page 10' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/things?page=9',
    )
  })

  it('starts with no previous link on the first page', () => {
    renderList('/things', 3)
    expect(screen.queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/things?page=2',
    )
  })
})
