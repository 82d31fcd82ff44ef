import type { Span } from './email'
import { NOT_NAME_WORDS } from './not-names'
import { NAME_PATTERN_RULES } from './patterns'

/** People's names in the text. */
export function findNames(text: string): Span[] {
  const spans: Span[] = []
  for (const rule of NAME_PATTERN_RULES) {
    for (const found of text.matchAll(rule.pattern)) {
      const [start, end] = found.indices?.[rule.group ?? 0] ?? [found.index, found.index]
      const first = text.slice(start, end).split(/\s/)[0]?.toLowerCase() ?? ''
      if (!NOT_NAME_WORDS.has(first)) spans.push({ start, end })
    }
  }
  return spans
}
