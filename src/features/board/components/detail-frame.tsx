import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { isNotFound } from '../../../components/feedback/load-error'
import { PageTitle } from '../../../components/feedback/page-title'
import { NotFoundPage } from '../../../components/feedback/status-pages'
import { Loaded } from './loaded'
import { CardSkeletons } from './query-states'

/**
 * The frame of one objective's or risk theme's page: its title, the way back, one h1 (captioned
 * "Objective 3") and the item as `children` draws it once loaded; "Page not found" for a 404.
 */
export function DetailFrame<T extends { number: number }, E>({
  query,
  kind,
  back,
  name,
  pageTitle,
  children,
}: {
  query: UseQueryResult<T, E>
  /** What one of these is called, e.g. "Objective" or "Risk theme". */
  kind: string
  back: { to: string; text: string }
  /** The item's name, under its caption. */
  name: (item: T) => string
  /** The browser tab's title once the item is loaded. */
  pageTitle: (item: T) => string
  children: (item: T) => ReactNode
}) {
  if (query.isError && isNotFound(query.error)) return <NotFoundPage />
  const item = query.data
  const lower = kind.toLowerCase()
  return (
    <div className="app-board">
      <PageTitle text={item ? pageTitle(item) : kind} />
      <Link className="govuk-back-link app-board__back" to={back.to}>
        {back.text}
      </Link>
      {/* One h1 throughout, so focus placed on it after navigation stays put as data arrives. */}
      <h1 className="govuk-heading-l">
        {item ? (
          <>
            <span className="govuk-caption-l">
              {kind} {item.number}
            </span>
            {name(item)}
          </>
        ) : (
          kind
        )}
      </h1>
      <Loaded
        query={query}
        what={`this ${lower}`}
        skeletons={<CardSkeletons count={1} label={`Loading the ${lower}`} variant="detail" />}
      >
        {children}
      </Loaded>
    </div>
  )
}

/** The closing "Where this comes from": the paragraph and section of the Cabinet report. */
export function ReportSource({ paragraph, section }: { paragraph: number; section: string }) {
  return (
    <>
      <h2 className="app-board-subheading">Where this comes from</h2>
      <p className="govuk-body">
        Paragraph {paragraph} of the Cabinet report of 21 October 2014 on the Oxfordshire
        Safeguarding Children Board’s annual report for 2013-14, under “{section}”.
      </p>
    </>
  )
}
