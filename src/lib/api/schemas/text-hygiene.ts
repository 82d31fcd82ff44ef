/*
 * What the contract refuses in free text, whoever sends it. The schemas apply it (so the mock and
 * the server answer 422 alike) and the forms apply it before sending, so both use the same words.
 * Plain TypeScript, no zod: a form can use it without bringing the validators along.
 *
 * Why refuse rather than clean: the text is a record the chair acts on and may quote in board
 * papers. Hidden characters can make it read differently from what was stored (direction
 * overrides reorder what is shown), break exports, or be half of a character that was cut in two.
 * The author sees the message and fixes it; nothing is changed behind their back.
 */
import { formatCount } from '../../format/count'

/** Single-line text may not break lines; multi-line text may hold line breaks and tabs. */
export type TextKind = 'single-line' | 'multi-line'

// C0 controls except tab, line feed and carriage return (judged separately), DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const LINE_BREAK = /[\n\r\u2028\u2029]/
// Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The marks U+200E and
// U+200F stay allowed: right-to-left writing needs them and they cannot reorder a whole passage.
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/

export const TEXT_MESSAGES = {
  tooShort: (what: string, min: number) => `${what} must be ${formatCount(min)} characters or more`,
  tooLong: (what: string, max: number) => `${what} must be ${formatCount(max)} characters or fewer`,
  lineBreaks: (what: string) => `${what} must not contain line breaks`,
  control: (what: string, kind: TextKind) =>
    kind === 'single-line'
      ? `${what} must not contain tabs or other hidden control characters`
      : `${what} must not contain hidden control characters`,
  direction: (what: string) =>
    `${what} must not contain hidden characters that change the direction of text`,
  incomplete: (what: string) =>
    `${what} must not contain incomplete characters, such as half an emoji`,
} as const

/**
 * A carriage return, alone or before a line feed, is a line break written the Windows or old Mac
 * way; multi-line text keeps one kind. Browsers already give "\n" from a textarea.
 */
export const normaliseLineBreaks = (text: string): string => text.replace(/\r\n?/g, '\n')

/** Half of a surrogate pair with no other half: what is left of a character cut in two. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xdc00 && unit <= 0xdfff) return true
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i += 1
    }
  }
  return false
}

/**
 * Every rule the text breaks, as messages naming the field (`what`, e.g. "Title"), in a fixed
 * order; [] when it is fine. Give it the text as it will be stored: trimmed, and for multi-line
 * text with line breaks normalised.
 */
export function textProblems(text: string, what: string, kind: TextKind): string[] {
  const problems: string[] = []
  const tab = kind === 'single-line' && text.includes('\t')
  if (kind === 'single-line' && LINE_BREAK.test(text)) problems.push(TEXT_MESSAGES.lineBreaks(what))
  if (CONTROL.test(text) || tab || (kind === 'multi-line' && text.includes('\r'))) {
    problems.push(TEXT_MESSAGES.control(what, kind))
  }
  if (DIRECTION.test(text)) problems.push(TEXT_MESSAGES.direction(what))
  if (hasLoneSurrogate(text)) problems.push(TEXT_MESSAGES.incomplete(what))
  return problems
}

/** The first problem with text as a form holds it (untrimmed), judged as it would be sent. */
export function firstTextProblem(value: string, what: string, kind: TextKind): string | undefined {
  const sent = kind === 'multi-line' ? normaliseLineBreaks(value).trim() : value.trim()
  return textProblems(sent, what, kind)[0]
}

/**
 * Characters as the contract counts them: Unicode code points (an emoji is one, not two UTF-16
 * units), as zod's length checks do. Every form counts this way, so none refuses what the server
 * would accept.
 */
export const characterCount = (text: string): number => {
  let count = 0
  for (const _ of text) count += 1
  return count
}
