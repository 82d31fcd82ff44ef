import { useId, useState, type FormEvent } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { Select, TextInput } from '../../../components/form'
import type { RiskTheme } from '../../../lib/api'
import { filterSearch, isFiltering, MAX_KEYWORD_LENGTH, readFilter } from '../filters'

/**
 * Keyword and risk-theme filter for the objectives. The filter lives in the URL (?q=&theme=):
 * applying it adds a history entry, so a shared link or the back button brings it back.
 */
export function ObjectiveFilter({ themes }: { themes: readonly RiskTheme[] | undefined }) {
  const [searchParams] = useSearchParams()
  // Re-mount the fields whenever the URL's filter changes (back button, a link), so they show it.
  return <FilterFields key={searchParams.toString()} themes={themes} />
}

function FilterFields({ themes }: { themes: readonly RiskTheme[] | undefined }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { pathname } = useLocation()
  const current = readFilter(searchParams)
  const [q, setQ] = useState(current.q)
  const [theme, setTheme] = useState(current.theme)
  const id = useId()

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = new URLSearchParams(filterSearch({ q, theme }))
    setSearchParams(next)
  }

  // A theme from the URL that the list does not (yet) hold still needs an option to show it.
  const orphanTheme = theme !== '' && !themes?.some((option) => option.id === theme)
  return (
    <form
      className="app-board-filter"
      role="search"
      aria-label="Filter objectives"
      onSubmit={apply}
      noValidate
    >
      <TextInput
        id={`${id}-q`}
        name="q"
        type="search"
        label="Keyword"
        formGroupClassName="app-board-filter__field"
        value={q}
        onChange={setQ}
        maxLength={MAX_KEYWORD_LENGTH}
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        id={`${id}-theme`}
        name="theme"
        label="Related risk theme"
        formGroupClassName="app-board-filter__field"
        value={theme}
        onChange={setTheme}
        options={[
          { value: '', label: 'Any risk theme' },
          ...(themes ?? []).map((option) => ({ value: option.id, label: option.title })),
        ]}
      >
        {orphanTheme && (
          <option value={theme}>{themes ? `Unknown theme (${theme})` : theme}</option>
        )}
      </Select>
      <div className="app-board-filter__actions">
        <button type="submit" className="govuk-button app-board-filter__apply">
          Apply filters
        </button>
        {isFiltering(current) && (
          <Link className="govuk-link app-board-filter__clear" to={pathname}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  )
}
