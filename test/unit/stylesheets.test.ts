/**
 * The stylesheets cannot drift back into restyling each other. Read from disk, every sheet in
 * src/ is held to three rules:
 *
 * - A sheet styles only its own blocks: those named after its file (`timeline.scss` beside
 *   timeline.tsx → `app-timeline`), after its folder in src/components or src/domain, or after its
 *   feature in src/features (`board.scss` → `app-board`, `app-board-card`). A page loads its sheet
 *   late and for good, so a class from anywhere else would restyle another page once that page
 *   had been visited. Global classes live in the global partials of src/styles.
 * - Colours have one name each, in src/styles/_tokens.scss: no other sheet calls govuk-colour()
 *   or govuk-functional-colour() or writes a colour out; nor writes out 44px, the touch target.
 * - Every `app-` class a sheet styles is used by some code in src/ (modifiers may be built from a
 *   template string, `app-board-grid--${variant}`): what nothing uses is deleted.
 * - No code uses govuk-frontend's override classes (`govuk-!-margin-top-6`): main.scss does not
 *   load them (some 300 rules, a fifth of the global sheet, for one use).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const src = path.join(root, 'src')

function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return filesUnder(full, keep)
    return keep(entry.name) ? [full] : []
  })
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/')
const read = (file: string) => readFileSync(file, 'utf8')

/** The sheet without its comments (a comment may name any class or colour). */
const withoutComments = (scss: string) =>
  scss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')

const code = filesUnder(src, (name) => /\.tsx?$/.test(name))
  .map(read)
  .join('\n')

const sheets = filesUnder(src, (name) => name.endsWith('.scss')).map((file) => ({
  file: relative(file),
  scss: withoutComments(read(file)),
}))

/** `app-` classes the sheet styles (values such as `url(...)` hold none in this app). */
const classesOf = (scss: string) => [
  ...new Set([...scss.matchAll(/\.(app-[a-z0-9_-]+)/gi)].map((match) => match[1]!)),
]

/** The block names a sheet may style, or null for the global partials in src/styles. */
function blocksFor(file: string): string[] | null {
  const parts = file.split('/')
  const name = parts
    .at(-1)!
    .replace(/^_/, '')
    .replace(/\.scss$/, '')
  if (parts[1] === 'styles') return null
  if (parts[1] === 'features') return [`app-${name}`, `app-${parts[2]}`]
  return [`app-${name}`, `app-${parts.at(-2)}`]
}

const inBlock = (className: string, block: string) =>
  className === block || className.startsWith(`${block}-`) || className.startsWith(`${block}__`)

describe('stylesheets', () => {
  it('finds the sheets', () => {
    expect(sheets.map(({ file }) => file)).toEqual(
      expect.arrayContaining([
        'src/styles/main.scss',
        'src/styles/_tokens.scss',
        'src/features/board/board.scss',
        'src/features/review/review.scss',
        'src/features/concerns/concerns.scss',
        'src/domain/concern/timeline.scss',
      ]),
    )
  })

  it('style only their own blocks, outside the global partials', () => {
    const strays = sheets.flatMap(({ file, scss }) => {
      const blocks = blocksFor(file)
      if (!blocks) return []
      return classesOf(scss)
        .filter((className) => !blocks.some((block) => inBlock(className, block)))
        .map((className) => `${file}: .${className} is not in ${blocks.join(' or ')}`)
    })
    expect(strays).toEqual([])
  })

  it('name each colour, and the size of a touch target, once: in _tokens.scss', () => {
    const colours = sheets
      .filter(({ file }) => !/^src\/styles\/_(tokens|govuk-base)\.scss$/.test(file))
      .flatMap(({ file, scss }) =>
        [
          ...scss.matchAll(
            /govuk-(?:functional-)?colour\([^)]*\)|#[0-9a-f]{3,8}\b|rgba?\(|\b44px\b/gi,
          ),
        ].map((match) => `${file}: ${match[0]}`),
      )
    expect(colours).toEqual([])
  })

  it('style no class that nothing uses', () => {
    const used = (className: string) => {
      if (new RegExp(`(?<![\\w-])${className}(?![\\w-])`).test(code)) return true
      // A modifier built from a template string: `app-board-grid--${variant}`.
      const modifier = className.match(/^(.*--)[a-z0-9-]+$/i)
      return modifier !== null && code.includes(`${modifier[1]}\${`)
    }
    const unused = sheets.flatMap(({ file, scss }) =>
      classesOf(scss)
        .filter((className) => !used(className))
        .map((className) => `${file}: .${className}`),
    )
    expect(unused).toEqual([])
  })

  it("use none of govuk-frontend's override classes, which main.scss does not load", () => {
    expect(code.match(/govuk-!-[\w-]+/g) ?? []).toEqual([])
  })
})
