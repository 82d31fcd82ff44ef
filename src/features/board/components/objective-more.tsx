import type { Objective } from '../../../lib/api'
import { FigureStatement } from './figure-text'
import { ParagraphRef } from './source-note'

/**
 * The objective's full wording, its notable progress (figures first) and evidence: shown in a
 * card's disclosure and on the objective's own page.
 */
export function ObjectiveMore({
  objective,
  headingLevel,
}: {
  objective: Objective
  headingLevel: 2 | 3 | 4
}) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3'
  const { figures } = objective
  const hasProgress = figures.length > 0 || objective.progress.length > 0
  return (
    <>
      <Heading className="app-board-subheading">Full wording</Heading>
      <blockquote className="app-board-quote">
        <p>{objective.wording}</p>
      </blockquote>
      <ParagraphRef paragraph={objective.sourceParagraph} />

      {hasProgress && (
        <>
          <Heading className="app-board-subheading">Notable progress</Heading>
          <ul className="app-board-fact-list">
            {figures.map((figure) => (
              <li key={figure.id} className="app-board-fact">
                <FigureStatement figure={figure} />
              </li>
            ))}
            {objective.progress.map((item) => (
              <li key={item.id} className="app-board-fact">
                <p className="app-board-fact__text">{item.text}</p>
                <ParagraphRef paragraph={item.sourceParagraph} />
              </li>
            ))}
          </ul>
        </>
      )}

      {objective.evidence.length > 0 && (
        <>
          <Heading className="app-board-subheading">Evidence</Heading>
          {objective.evidence.map((evidence) => (
            <figure key={evidence.id} className="app-board-evidence">
              <blockquote className="app-board-quote">
                <p>‘{evidence.quote}’</p>
              </blockquote>
              <figcaption className="app-board-evidence__attribution">
                {evidence.attribution}
              </figcaption>
              <ParagraphRef paragraph={evidence.sourceParagraph} />
            </figure>
          ))}
        </>
      )}
    </>
  )
}
