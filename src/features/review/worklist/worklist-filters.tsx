import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { CONCERN_LIMITS, OTHER_THEME_ID, type Division, type RiskTheme } from '../../../lib/api'
import { ErrorSummary } from '../../../components/feedback/error-summary'
import {
  DateInput,
  DivisionOptions,
  optionsFrom,
  Select,
  TextInput,
} from '../../../components/form'
import { OTHER_THEME_TITLE } from '../labels'
import { DEFAULT_VIEW, PAGE_SIZES, queueSearch, type QueueView } from './worklist-view'

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

const NO_DIVISIONS: readonly Division[] = []

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
  const set =
    <K extends keyof QueueView>(name: K) =>
    (value: QueueView[K]) =>
      setDraft((current) => ({ ...current, [name]: value }))
  // The filters are secondary to the list they filter, so their labels are small.
  const filter = (id: 'q' | 'sort' | 'theme' | 'division' | 'from' | 'to') =>
    ({ id, labelSize: 's', value: draft[id] }) as const

  // Folded, so the queue itself fills the screen; the summary says how many filters are on.
  const active = [view.theme, view.division, view.q, view.from, view.to].filter(Boolean).length

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

  const clear = queueSearch({ ...DEFAULT_VIEW, statuses: view.statuses, flag: view.flag })

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
        open={dateError !== null || undefined}
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
          <TextInput
            {...filter('q')}
            type="search"
            label="Search"
            hint="Reference, title, details or place"
            maxLength={CONCERN_LIMITS.textQueryMax}
            onChange={set('q')}
          />
          <Select
            {...filter('sort')}
            label="Sort by"
            className="app-review-filters__select"
            options={optionsFrom(SORT_LABELS)}
            onChange={(value) => set('sort')(value as QueueView['sort'])}
          />
          <Select
            {...filter('theme')}
            label="Risk theme"
            className="app-review-filters__select"
            options={[
              { value: '', label: 'Any risk theme' },
              ...(themes ?? []).map((theme) => ({ value: theme.id, label: theme.title })),
              { value: OTHER_THEME_ID, label: OTHER_THEME_TITLE },
            ]}
            onChange={set('theme')}
          />
          <Select
            {...filter('division')}
            label="Division"
            className="app-review-filters__select"
            onChange={set('division')}
          >
            <option value="">Any division</option>
            <DivisionOptions divisions={divisions ?? NO_DIVISIONS} />
            {/* A division in the URL shows even before the list has loaded. */}
            {divisions === undefined && draft.division !== '' && (
              <option value={draft.division}>{draft.division}</option>
            )}
          </Select>
          <DateInput {...filter('from')} label="Raised on or after" onChange={set('from')} />
          <DateInput
            {...filter('to')}
            label="Raised on or before"
            error={dateError}
            onChange={set('to')}
          />
          <Select
            id="pageSize"
            labelSize="s"
            label="Concerns per page"
            className="app-review-filters__select"
            value={String(draft.pageSize)}
            options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
            onChange={(value) => set('pageSize')(Number(value))}
          />
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
