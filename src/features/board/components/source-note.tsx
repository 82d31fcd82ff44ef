import { sectionSourceText, sourceText } from '../source'

/** "Source: Cabinet report, 21 October 2014, para N": the one source line of a page or a figure. */
export function SourceNote({ paragraph }: { paragraph: number }) {
  return <p className="app-board-source">{sourceText(paragraph)}</p>
}

/** A section's one source line, naming every paragraph its facts come from. */
export function SectionSource({ paragraphs }: { paragraphs: readonly number[] }) {
  return <p className="app-board-source">{sectionSourceText(paragraphs)}</p>
}

/**
 * A fact's own paragraph in a word, "para 4", under a section that names the report once: each
 * fact stays traceable without the citation repeated twenty times. A screen reader hears
 * "Source: Cabinet report, para 4".
 */
export function ParagraphRef({ paragraph }: { paragraph: number }) {
  return (
    <p className="app-board-ref">
      <span className="govuk-visually-hidden">Source: Cabinet report, </span>para {paragraph}
    </p>
  )
}
