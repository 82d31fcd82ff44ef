import { sourceText } from '../source'

/** "Source: Cabinet report, 21 October 2014, para N" under every fact about the Board. */
export function SourceNote({ paragraph }: { paragraph: number }) {
  return <p className="app-board-source">{sourceText(paragraph)}</p>
}
