import { useMemo, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { OTHER_THEME_ID, type Division, type RiskTheme } from '../../../lib/api'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import { OTHER_THEME_TITLE } from '../labels'
import { DEFAULT_VIEW, hasFilters, queueSearch, type QueueView } from './worklist-view'

interface QueueFiltersProps {
  view: QueueView
  /** The form's error, kept by the page (which gives its title the "Error: " prefix). */
  error: string | null
  onError: (message: string | null) => void
  divisions: readonly Division[] | undefined
  themes: readonly RiskTheme[] | undefined
  onApply: (view: QueueView) => void
}

const SORT_LABELS = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  waiting: 'Longest waiting first',
} as const

const DATE_ORDER_ERROR = '‘Raised on or before’ must be the same as or after ‘Raised on or after’'

/**
 * The filter form. It changes nothing until "Apply filters", then the whole view goes into the
 * URL. The parent remounts it (by key) when the URL changes, so back and forward refill it.
 */
export function QueueFilters({
  view,
  error: dateError,
  onError,
  divisions,
  themes,
  onApply,
}: QueueFiltersProps) {
  const [draft, setDraft] = useState(view)
  const [attempts, setAttempts] = useState(0)
  const set = <K extends keyof QueueView>(name: K, value: QueueView[K]) =>
    setDraft((current) => ({ ...current, [name]: value }))

  // Open on a wide screen, or when filters are on; folded on a tablet so the list shows first.
  const [startOpen] = useState(
    () =>
      hasFilters(view) ||
      view.sort !== DEFAULT_VIEW.sort ||
      typeof window.matchMedia !== 'function' ||
      window.matchMedia('(min-width: 1000px)').matches,
  )
  const active = [view.theme, view.division, view.q, view.from, view.to].filter(Boolean).length

  const districts = useMemo(() => {
    const byDistrict = new Map<string, Division[]>()
    for (const division of [...(divisions ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      byDistrict.set(division.district, [...(byDistrict.get(division.district) ?? []), division])
    }
    return [...byDistrict].sort(([a], [b]) => a.localeCompare(b))
  }, [divisions])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAttempts((count) => count + 1)
    if (draft.from !== '' && draft.to !== '' && draft.from > draft.to) {
      onError(DATE_ORDER_ERROR)
      return
    }
    onError(null)
    onApply({ ...draft, q: draft.q.trim(), page: 1 })
  }

  const clear = queueSearch({ ...DEFAULT_VIEW, statuses: view.statuses })

  return (
    <form
      className="app-review-filters"
      role="search"
      aria-label="Filter concerns"
      onSubmit={submit}
      noValidate
    >
      <ErrorSummary
        errors={dateError ? [{ fieldId: 'to', message: dateError }] : []}
        focusKey={attempts}
      />
      <details
        className="govuk-details app-review-filters__details"
        open={startOpen || dateError !== null}
      >
        <summary className="govuk-details__summary app-review-filters__summary">
          <span className="govuk-details__summary-text">Filter and sort</span>
          {active > 0 && (
            <span className="app-review-filters__active">
              {' '}
              ({active} {active === 1 ? 'filter' : 'filters'} on)
            </span>
          )}
        </summary>
        <div className="app-review-filters__fields">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="q">
              Search
            </label>
            <div className="govuk-hint" id="q-hint">
              Reference, title, details or place
            </div>
            <input
              className="govuk-input"
              id="q"
              name="q"
              type="search"
              value={draft.q}
              maxLength={200}
              aria-describedby="q-hint"
              onChange={(event) => set('q', event.target.value)}
            />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="sort">
              Sort by
            </label>
            <select
              className="govuk-select app-review-filters__select"
              id="sort"
              name="sort"
              value={draft.sort}
              onChange={(event) => set('sort', event.target.value as QueueView['sort'])}
            >
              {Object.entries(SORT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="theme">
              Risk theme
            </label>
            <select
              className="govuk-select app-review-filters__select"
              id="theme"
              name="theme"
              value={draft.theme}
              onChange={(event) => set('theme', event.target.value)}
            >
              <option value="">Any risk theme</option>
              {(themes ?? []).map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.title}
                </option>
              ))}
              <option value={OTHER_THEME_ID}>{OTHER_THEME_TITLE}</option>
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="division">
              Division
            </label>
            <select
              className="govuk-select app-review-filters__select"
              id="division"
              name="division"
              value={draft.division}
              onChange={(event) => set('division', event.target.value)}
            >
              <option value="">Any division</option>
              {districts.map(([district, list]) => (
                <optgroup key={district} label={district}>
                  {list.map((division) => (
                    <option key={division.id} value={division.id}>
                      {division.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              {/* A division in the URL shows even before the list has loaded. */}
              {divisions === undefined && draft.division !== '' && (
                <option value={draft.division}>{draft.division}</option>
              )}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="from">
              Raised on or after
            </label>
            <input
              className="govuk-input app-review-filters__date"
              id="from"
              name="from"
              type="date"
              value={draft.from}
              onChange={(event) => set('from', event.target.value)}
            />
          </div>
          <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="to">
              Raised on or before
            </label>
            {dateError && (
              <p className="govuk-error-message" id="to-error">
                <span className="govuk-visually-hidden">Error:</span> {dateError}
              </p>
            )}
            <input
              className={`govuk-input app-review-filters__date${dateError ? ' govuk-input--error' : ''}`}
              id="to"
              name="to"
              type="date"
              value={draft.to}
              aria-describedby={dateError ? 'to-error' : undefined}
              onChange={(event) => set('to', event.target.value)}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
          <Link className="govuk-link app-link-target" to={{ search: clear }}>
            Clear filters
          </Link>
        </div>
      </details>
    </form>
  )
}
