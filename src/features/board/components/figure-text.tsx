import type { Figure } from '../../../lib/api'
import { ParagraphRef } from './source-note'

/**
 * A figure in the report's own order of words: "48.2% of under 5s …", "104 families have …";
 * a date figure reads "The Multi-Agency Safeguarding Hub opened: Sept 2014".
 */
export function FigureStatement({ figure }: { figure: Figure }) {
  return (
    <>
      <p className="app-board-fact__text">
        {figure.value === null ? (
          <>
            {capitalise(figure.label)}: <strong>{figure.display}</strong>
          </>
        ) : (
          <>
            <strong>{figure.display}</strong> {figure.label}
          </>
        )}
      </p>
      <ParagraphRef paragraph={figure.sourceParagraph} />
    </>
  )
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)

/** A headline number: the figure large, then what it counts, then its paragraph of the report. */
export function FigureTile({ figure }: { figure: Figure }) {
  return (
    <div className="app-board-figure">
      <p className="app-board-figure__value">{figure.display}</p>
      <p className="app-board-figure__label">{figure.label}</p>
      <ParagraphRef paragraph={figure.sourceParagraph} />
    </div>
  )
}
