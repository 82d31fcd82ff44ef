import { useId, useState } from 'react'
import { Link } from 'react-router'
import type { Objective } from '../../../lib/api'
import { ObjectiveMore } from './objective-more'
import { ParagraphRef } from './source-note'

/**
 * An objective at a glance: short title and summary, with the full wording, figures, progress and
 * evidence behind a disclosure button that opens in place (and always opens in print). The cards
 * stay short so the overview reads at a glance; the headline figures sit above them.
 */
export function ObjectiveCard({
  objective,
  headingLevel = 3,
}: {
  objective: Objective
  headingLevel?: 2 | 3
}) {
  const [open, setOpen] = useState(false)
  const titleId = useId()
  const panelId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="app-board-card app-objective-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="app-board-card__title">
        <span className="app-board-card__eyebrow">Objective {objective.number}</span>
        <span className="govuk-visually-hidden">:</span> {objective.shortTitle}
      </Heading>
      <p className="app-board-card__summary">{objective.summary}</p>
      <ParagraphRef paragraph={objective.sourceParagraph} />
      <p className="app-board-card__meta">{progressCount(objective)}</p>
      <div className="app-board-card__actions">
        <button
          type="button"
          className="app-board-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="app-board-disclosure__icon" aria-hidden="true" />
          {open ? 'Hide' : 'Show'} full wording and progress{' '}
          <span className="govuk-visually-hidden">{`for objective ${objective.number}`}</span>
        </button>
      </div>
      <div id={panelId} className="app-board-card__more" hidden={!open}>
        <ObjectiveMore objective={objective} headingLevel={headingLevel === 2 ? 3 : 4} />
      </div>
      <p className="app-board-card__footer">
        <Link className="app-board-card__link" to={`/objectives/${objective.id}`}>
          Objective {objective.number} in full
          <span className="govuk-visually-hidden">{`: ${objective.shortTitle}`}</span>
        </Link>
      </p>
    </article>
  )
}

function progressCount(objective: Objective): string {
  const items = objective.figures.length + objective.progress.length
  const progress = `${items} ${items === 1 ? 'item' : 'items'} of notable progress`
  return objective.evidence.length > 0 ? `${progress}, with evidence` : progress
}
