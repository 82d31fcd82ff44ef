/**
 * Email addresses, found by scanning outwards from each '@' rather than with a pattern: a pattern
 * such as /[^\s@]+@[^\s@]+\.[a-z]{2,}/ retries its first run from every character of a long word,
 * which made pasting 100,000 characters with no spaces freeze the page for seconds. Here each '@'
 * looks at most LOCAL_MAX characters left and DOMAIN_MAX right, so the work is linear in the text.
 */

/** RFC 5321's limits on the parts of an address. */
const LOCAL_MAX = 64
const DOMAIN_MAX = 253

const isLocalCharacter = (code: number) =>
  (code >= 0x30 && code <= 0x39) || // 0-9
  (code >= 0x41 && code <= 0x5a) || // A-Z
  (code >= 0x61 && code <= 0x7a) || // a-z
  code === 0x2e || // .
  code === 0x5f || // _
  code === 0x25 || // %
  code === 0x2b || // +
  code === 0x2d || // -
  code === 0x27 // ' (o'brien@example.org)

const isDomainCharacter = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  code === 0x2e ||
  code === 0x2d

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/** Counts the characters the scanner looks at, so a test can show the work is linear. */
export interface ScanMeter {
  steps: number
}

export interface Span {
  start: number
  end: number
}

export function findEmails(text: string, meter: ScanMeter = { steps: 0 }): Span[] {
  const found: Span[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf('@', from)
    if (at < 0) break
    meter.steps += 1
    from = at + 1

    let start = at
    const leftLimit = Math.max(0, at - LOCAL_MAX)
    while (start > leftLimit && isLocalCharacter(text.charCodeAt(start - 1))) {
      start -= 1
      meter.steps += 1
    }
    // A local part does not start with a dot or a quote ("'mail@…'").
    while (start < at && (text[start] === '.' || text[start] === "'")) start += 1
    if (start === at) continue
    // Whatever came before belongs to a longer word (a 65th local character, or a second '@').
    if (start > 0 && (isLocalCharacter(text.charCodeAt(start - 1)) || text[start - 1] === '@'))
      continue

    let end = at + 1
    const rightLimit = Math.min(text.length, at + 1 + DOMAIN_MAX)
    while (end < rightLimit && isDomainCharacter(text.charCodeAt(end))) {
      end += 1
      meter.steps += 1
    }
    // "mail@example.org." ends a sentence: the last dots are not the address's.
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end -= 1

    // The domain needs a dot and a top-level part of two letters or more.
    let topLevel = end
    while (topLevel > at + 1 && isLetter(text.charCodeAt(topLevel - 1))) {
      topLevel -= 1
      meter.steps += 1
    }
    if (end - topLevel < 2 || topLevel - 1 <= at + 1 || text[topLevel - 1] !== '.') continue

    found.push({ start, end })
    from = end
  }
  return found
}
