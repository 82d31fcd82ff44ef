#!/usr/bin/env node
/**
 * First-load JavaScript budget check. Run after `vite build`:
 *
 *   node test/tools/check-bundle.mjs [dist-dir]      (npm run check:bundle)
 *
 * "First load" is the JavaScript the browser fetches before the first render: the module
 * script(s) that dist/index.html loads, every chunk it modulepreloads, and (to be safe if the
 * preload list is ever incomplete) every chunk those import statically. Lazy chunks (import())
 * are not counted; the biggest are listed for information.
 *
 * Each file is gzipped with zlib at level 9 and the sizes are summed. 1 KB = 1024 bytes.
 * Exit code 1 (with the reason) when:
 *   - the sum is over the budget (BUDGET_KB below), or
 *   - a first-load file contains Recharts or MSW code (both must load lazily), detected by
 *     strings those libraries ship (e.g. 'recharts-wrapper', 'mockServiceWorker'), or
 *   - dist/index.html or a file it names is missing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const BUDGET_KB = 120
const KB = 1024
const LAZY_CHUNKS_SHOWN = 8

/** Strings that only appear in these libraries' code; none may be in the first load. */
const FORBIDDEN = [
  { name: 'recharts', markers: ['recharts-wrapper', 'recharts-surface'] },
  {
    name: 'msw',
    markers: ['mockServiceWorker', 'INTEGRITY_CHECK_REQUEST', 'MOCKING_ENABLED', '[MSW]'],
  },
]

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

function fail(message) {
  console.error(`check-bundle: ${message}`)
  process.exit(1)
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length
const rel = (file) => path.relative(dist, file).split(path.sep).join('/')

function attributes(tag) {
  const found = {}
  for (const match of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return found
}

const allFiles = fs.existsSync(dist)
  ? fs
      .readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
  : []

/** Maps a URL in index.html ('/assets/index-abc.js', with any base) to a file in dist. */
function fileForUrl(url) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
    fail(`index.html loads ${url} from another origin; its size cannot be checked.`)
  }
  const pathname = decodeURIComponent(new URL(url, 'http://localhost/').pathname)
  const direct = path.join(dist, pathname)
  if (fs.existsSync(direct)) return direct
  // A non-root `base` prefixes URLs; match the longest path suffix instead.
  const candidates = allFiles.filter((file) => pathname.endsWith(`/${rel(file)}`))
  if (candidates.length === 0) fail(`index.html names ${url}, which is not in ${dist}.`)
  return candidates.sort((a, b) => rel(b).length - rel(a).length)[0]
}

/** Static `import … from './x.js'`, `import './x.js'` and `export … from './x.js'` of a chunk. */
function staticImports(file) {
  const code = fs.readFileSync(file, 'utf8')
  const found = []
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1]
    if (!/^\.{0,2}\//.test(specifier)) continue
    const target = specifier.startsWith('/')
      ? fileForUrl(specifier)
      : path.resolve(path.dirname(file), specifier)
    if (fs.existsSync(target)) found.push(target)
  }
  return found
}

function forbiddenIn(file) {
  const code = fs.readFileSync(file, 'utf8')
  return FORBIDDEN.filter(({ markers }) => markers.some((marker) => code.includes(marker))).map(
    ({ name, markers }) =>
      `${name} (${markers.filter((marker) => code.includes(marker)).join(', ')})`,
  )
}

const indexHtml = path.join(dist, 'index.html')
if (!fs.existsSync(indexHtml)) fail(`${indexHtml} is missing: run \`npm run build\` first.`)
const html = fs.readFileSync(indexHtml, 'utf8')

const entries = []
const preloaded = []
const stylesheets = []
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
  const attrs = attributes(tag.slice(1, -1).replace(/^\w+/, ''))
  if (/^<script/i.test(tag) && attrs.type === 'module' && attrs.src) entries.push(attrs.src)
  if (/^<link/i.test(tag) && attrs.rel === 'modulepreload' && attrs.href) preloaded.push(attrs.href)
  if (/^<link/i.test(tag) && attrs.rel === 'stylesheet' && attrs.href) stylesheets.push(attrs.href)
}
if (entries.length === 0) fail('index.html has no <script type="module" src="…">.')

/** file → why it is in the first load */
const firstLoad = new Map()
for (const url of entries) firstLoad.set(fileForUrl(url), 'entry')
for (const url of preloaded) {
  const file = fileForUrl(url)
  if (!firstLoad.has(file)) firstLoad.set(file, 'modulepreload')
}
const queue = [...firstLoad.keys()]
while (queue.length > 0) {
  for (const imported of staticImports(queue.shift())) {
    if (firstLoad.has(imported)) continue
    firstLoad.set(imported, 'static import, not preloaded')
    queue.push(imported)
  }
}

const problems = []
const rows = [...firstLoad].map(([file, why]) => {
  const found = forbiddenIn(file)
  for (const library of found) problems.push(`${rel(file)} contains ${library} code`)
  return { file, why, gzip: gzipSize(fs.readFileSync(file)), raw: fs.statSync(file).size, found }
})
const total = rows.reduce((sum, row) => sum + row.gzip, 0)

console.log(`first-load JS: ${kb(total)} gzip (budget ${BUDGET_KB} KB; 1 KB = 1024 bytes)`)
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  const flags = row.found.length > 0 ? `  ← contains ${row.found.join('; ')}` : ''
  console.log(
    `  ${kb(row.gzip).padStart(9)} gzip  ${kb(row.raw).padStart(9)} raw  ${rel(row.file)} (${row.why})${flags}`,
  )
}
for (const url of stylesheets) {
  const file = fileForUrl(url)
  console.log(`  (CSS, not counted) ${kb(gzipSize(fs.readFileSync(file)))} gzip  ${rel(file)}`)
}

const lazy = allFiles
  .filter((file) => /\.m?js$/.test(file) && !firstLoad.has(file))
  .filter((file) => path.basename(file) !== 'mockServiceWorker.js')
  .map((file) => ({ file, gzip: gzipSize(fs.readFileSync(file)), found: forbiddenIn(file) }))
  .sort((a, b) => b.gzip - a.gzip)
if (lazy.length > 0) {
  const lazyTotal = lazy.reduce((sum, chunk) => sum + chunk.gzip, 0)
  console.log(
    `lazy JS (loaded on demand): ${lazy.length} chunk(s), ${kb(lazyTotal)} gzip; biggest:`,
  )
  for (const chunk of lazy.slice(0, LAZY_CHUNKS_SHOWN)) {
    const libraries =
      chunk.found.length > 0 ? `  [${chunk.found.map((f) => f.split(' ')[0]).join(', ')}]` : ''
    console.log(`  ${kb(chunk.gzip).padStart(9)} gzip  ${rel(chunk.file)}${libraries}`)
  }
}

if (total > BUDGET_KB * KB) {
  problems.unshift(`first-load JS is ${kb(total)} gzip, over the ${BUDGET_KB} KB budget`)
}
if (problems.length > 0) {
  console.error('\nFAILED:')
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(`OK: within budget (${kb(BUDGET_KB * KB - total)} to spare), no Recharts or MSW code.`)
