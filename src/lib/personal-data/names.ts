/**
 * People's names. Three sources, each catching what the others miss:
 * - rules: a name after "called", "named", a title ("Mrs Patel") or in "the Smith family";
 * - compromise's people detection, which knows many first names and surnames and reads context;
 * - capitalised words the language model does not know as ordinary English words ("Dmytro",
 *   "Deqa", "Okafor"), and capitalised words in the middle of a sentence, unless they are places,
 *   organisations, months or languages (./not-names.ts).
 * A councillor writes about places and services far more than about people, so the list of those
 * is what keeps this precise; test/fixtures/personal-data measures it.
 */
// compromise/two is the tagger without the topic methods: the same tags, 17 KB less (gzip).
import nlp from 'compromise/two'
import type { Span } from './email'
import {
  INSTITUTION_WORDS,
  LONGEST_PHRASE,
  NOT_NAME_PHRASES,
  NOT_NAME_WORDS,
  PLACE_OR_SURNAME_WORDS,
} from './not-names'
import { NAME_PATTERN_RULES, NAME_WORD } from './patterns'

interface Term {
  text: string
  tags: string[]
  offset: { start: number; length: number }
}
interface Match {
  terms: Term[]
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])
const NOT_NAME_TAGS = new Set(['Date', 'Month', 'WeekDay', 'Holiday', 'Pronoun', 'Acronym'])

/**
 * Endings of ordinary English words the model's word list may not hold ("Nationally",
 * "Safeguarding", "Division"), and the word classes its tagger gives them in context.
 */
const ORDINARY_ENDING =
  /(?:tion|sion|ment|ness|ity|ship|ism|ogy|ance|ence|ing|ly|ful|less|able|ible|ive|ous|ground|work|line|text|ture)$/u
const WORD_CLASS_TAGS = new Set([
  'Verb',
  'Adjective',
  'Adverb',
  'Plural',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Value',
])

const WORD = new RegExp(NAME_WORD, 'gu')
const POSSESSIVE = /['’]s$/u
const SENTENCE_END = /[.!?;:\n]/u
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its'])
/** Words before a place: "near Bernwood", "in Sibford". (Not "to", "from" or "with": people too.) */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'at',
  'around',
  'outside',
  'behind',
  'towards',
  'across',
  'into',
  'through',
])

interface Word {
  start: number
  end: number
  /** Lower case, apostrophes as ’, without a final ’s. */
  key: string
  atSentenceStart: boolean
  afterDeterminer: boolean
  afterPlacePreposition: boolean
  tags: ReadonlySet<string>
  inPeople: boolean
  excluded: boolean
}

const keyOf = (word: string) => word.replace(POSSESSIVE, '').replaceAll("'", '’').toLowerCase()

/** The word before `index`, in lower case (a bounded look back). */
function previousWord(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 20), index)
  return /([\p{L}’'.]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? ''
}

function isSentenceStart(text: string, index: number): boolean {
  for (let at = index - 1; at >= 0 && index - at < 20; at -= 1) {
    const character = text[at] ?? ''
    if (SENTENCE_END.test(character)) return true
    if (!/[\s"“‘'([—–-]/u.test(character)) return false
  }
  return (
    index < 20 &&
    text
      .slice(0, index)
      .trim()
      .replace(/["“‘'([—–-]/gu, '') === ''
  )
}

/** Capitalised words, grouped into runs of words one space apart. */
function capitalisedRuns(text: string, tagsAt: Map<number, Set<string>>, people: Set<number>) {
  const runs: Word[][] = []
  let run: Word[] = []
  let lastEnd = -2
  for (const found of text.matchAll(WORD)) {
    const start = found.index
    let end = start + found[0].length
    if (POSSESSIVE.test(found[0])) end -= 2
    const previous = previousWord(text, start)
    const word: Word = {
      start,
      end,
      key: keyOf(found[0]),
      atSentenceStart: isSentenceStart(text, start),
      afterDeterminer: DETERMINERS.has(previous),
      afterPlacePreposition: PLACE_PREPOSITIONS.has(previous),
      tags: tagsAt.get(start) ?? new Set(),
      inPeople: people.has(start),
      excluded: false,
    }
    const joined = start === lastEnd + 1 && text[lastEnd] === ' '
    if (!joined && run.length > 0) {
      runs.push(run)
      run = []
    }
    run.push(word)
    lastEnd = start + found[0].length
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** Marks the words of a run that belong to a place, an organisation or a date. */
function excludePlaces(run: Word[], text: string): void {
  // Phrases, longest first: "rose hill", "john radcliffe", "banbury".
  for (let index = 0; index < run.length; index += 1) {
    for (let length = Math.min(LONGEST_PHRASE, run.length - index); length >= 1; length -= 1) {
      const words = run.slice(index, index + length)
      const phrase = words.map((word) => word.key).join(' ')
      if (NOT_NAME_PHRASES.has(phrase)) {
        for (const word of words) word.excluded = true
        break
      }
    }
  }
  // "Cherwell School", "Pegasus Road": the words up to an institution are its name.
  const institution = run.findLastIndex((word) => INSTITUTION_WORDS.has(word.key))
  for (let index = 0; index <= institution; index += 1) run[index]!.excluded = true
  // "Bretch Hill" but "Alfie Green": a place unless a known first name stands before it.
  const last = run.at(-1)
  if (last && PLACE_OR_SURNAME_WORDS.has(last.key)) {
    const known = run.some((word) => word.inPeople || isKnownName(word.key))
    if (!known) for (const word of run) word.excluded = true
  }
  // "St Luke’s", "St. Clement’s": a saint's name is a church's, a school's or a division's.
  run.forEach((word, index) => {
    const before = index === 0 ? previousWord(text, word.start) : run[index - 1]!.key
    if (/^(?:st\.?|saint)$/.test(before)) word.excluded = true
  })
  for (const word of run) {
    if (NOT_NAME_WORDS.has(word.key)) word.excluded = true
    if ([...word.tags].some((tag) => NOT_NAME_TAGS.has(tag))) word.excluded = true
  }
}

/** Whether the language model's word list knows the word as a first name or surname. */
function isKnownName(key: string): boolean {
  const known = lexicon[key]
  if (known === undefined) return false
  return (Array.isArray(known) ? known : [known]).some((tag) => NAME_TAGS.has(tag))
}

/**
 * Whether a word on its own makes its stretch a name: the model found a person there, or the word
 * is unknown to its word list (an unusual capitalised word is a name more often than not once
 * places are ruled out), or it is a known name where no sentence starts ("Grace" may begin one
 * as a word). Ordinary words capitalised ("Park and Ride", "Business Plan") never are.
 */
function isStrong(word: Word): boolean {
  if (word.excluded) return false
  if (word.inPeople) return true
  // An unknown word after "in", "near" or "at" is a place more often than a person.
  if (lexicon[word.key] === undefined)
    return (
      !word.afterPlacePreposition &&
      !ORDINARY_ENDING.test(word.key) &&
      ![...word.tags].some((tag) => WORD_CLASS_TAGS.has(tag))
    )
  return isKnownName(word.key) && !word.atSentenceStart && !word.afterDeterminer
}

/** An ordinary word, not a name ("Plan", "Report", "Families"). */
const isOrdinary = (word: Word) =>
  NOT_NAME_WORDS.has(word.key) || (lexicon[word.key] !== undefined && !isKnownName(word.key))

/**
 * "Annual Report", "Serious Case Reviews", "Thriving Families": capitalised words together that
 * include an ordinary word and no name the model knows are a title, not a person.
 */
const isTitlePhrase = (run: Word[]) =>
  run.length >= 2 &&
  run.some(isOrdinary) &&
  !run.some((word) => word.inPeople || isKnownName(word.key))

/**
 * The tags compromise gives each term, by start offset, and the terms it tags as a person. (Its
 * `.people()` is these same #Person tags grouped, and costs as much again as reading the text.)
 */
function readModel(text: string) {
  const tagsAt = new Map<number, Set<string>>()
  const people = new Set<number>()
  const lowerCasePeople: Span[] = []
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as Match[]) {
    for (const term of sentence.terms) {
      tagsAt.set(term.offset.start, new Set(term.tags))
      if (!term.tags.includes('Person')) continue
      people.add(term.offset.start)
      // A name written in lower case only when the word list knows no other meaning for it.
      const key = keyOf(term.text)
      if (/^\p{Ll}/u.test(term.text) && lexicon[key] === undefined && !NOT_NAME_WORDS.has(key))
        lowerCasePeople.push({
          start: term.offset.start,
          end: term.offset.start + term.text.replace(POSSESSIVE, '').length,
        })
    }
  }
  return { tagsAt, people, lowerCasePeople }
}

const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{L}’']*)/u

/**
 * "Foster carers say…", "Zebra crossing by…", "Respite care is…": a single capitalised word that
 * starts a sentence and is followed by a lower-case noun is the first word of a noun phrase, not
 * a person ("Grace said", "Kai and Mia", "Jamie, aged 7" are followed by a verb, a conjunction or a
 * comma). The model tags "Foster" a first name whatever follows it.
 */
function startsNounPhrase(word: Word, text: string, tagsAt: Map<number, Set<string>>): boolean {
  if (!word.atSentenceStart || text.slice(word.end, word.end + 2).match(/^['’]/u)) return false
  const next = NEXT_WORD.exec(text.slice(word.end, word.end + 40))
  if (!next?.[1]) return false
  const tags = tagsAt.get(word.end + next[0].length - next[1].length)
  return tags !== undefined && tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun')
}

/** Names made of the run's words: each stretch of words not excluded that holds a strong word. */
function namesInRun(run: Word[], text: string, tagsAt: Map<number, Set<string>>): Span[] {
  const spans: Span[] = []
  const titlePhrase = isTitlePhrase(run)
  let stretch: Word[] = []
  const close = () => {
    const first = stretch[0]
    if (
      stretch.length === 1 &&
      run.length === 1 &&
      first &&
      startsNounPhrase(first, text, tagsAt)
    ) {
      stretch = []
      return
    }
    // "Nathan Hall": a known first name and another capitalised word, even where a sentence starts.
    const namedPair = stretch.length >= 2 && first !== undefined && isKnownName(first.key)
    if (namedPair || (stretch.some(isStrong) && !titlePhrase))
      spans.push({ start: stretch[0]!.start, end: stretch.at(-1)!.end })
    stretch = []
  }
  for (const word of run) {
    if (word.excluded) close()
    else stretch.push(word)
  }
  close()
  return spans
}

function isPlaceAfterwards(text: string, span: Span): boolean {
  const next = /^\s([\p{L}’']+)/u.exec(text.slice(span.end, span.end + 20))?.[1]
  return next !== undefined && INSTITUTION_WORDS.has(keyOf(next)) && /^\p{Lu}/u.test(next)
}

export function findNames(text: string): Span[] {
  const spans: Span[] = []
  for (const rule of NAME_PATTERN_RULES) {
    for (const found of text.matchAll(rule.pattern)) {
      const [start, end] = found.indices?.[rule.group ?? 0] ?? [found.index, found.index]
      const span = { start, end: /['’]s$/u.test(text.slice(start, end)) ? end - 2 : end }
      const words = text.slice(span.start, span.end).split(/\s+/u).map(keyOf)
      const first = words[0] ?? ''
      if (NOT_NAME_WORDS.has(first) || NOT_NAME_PHRASES.has(words.join(' '))) continue
      if (words.some((word) => INSTITUTION_WORDS.has(word) || NOT_NAME_PHRASES.has(word))) continue
      if (!isPlaceAfterwards(text, span)) spans.push(span)
    }
  }
  const { tagsAt, people, lowerCasePeople } = readModel(text)
  for (const run of capitalisedRuns(text, tagsAt, people)) {
    excludePlaces(run, text)
    for (const span of namesInRun(run, text, tagsAt))
      if (!isPlaceAfterwards(text, span)) spans.push(span)
  }
  spans.push(...lowerCasePeople)
  return spans
}
