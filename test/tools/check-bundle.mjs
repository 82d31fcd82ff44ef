#!/usr/bin/env node
/**
 * Bundle checks of both builds. Run after `npm run build && npm run build:demo`:
 *
 *   node test/tools/check-bundle.mjs                      (npm run check:bundle: dist and dist-demo)
 *   node test/tools/check-bundle.mjs --production <dir>   (one production build)
 *   node test/tools/check-bundle.mjs --demo <dir>         (one demo build)
 *
 * "First load" is the JavaScript the browser fetches before the first render: the script(s)
 * that index.html runs (the starter, public/start-app.js), the entry it imports (the
 * modulepreload marked data-entry), every chunk index.html modulepreloads, and (to be safe if
 * the preload list is ever incomplete) every chunk those import statically. Lazy chunks
 * (import()) are not counted; the biggest are listed for information.
 *
 * Each file is gzipped with zlib at level 9 and the sizes are summed. 1 KB = 1024 bytes.
 * Exit code 1 (with every reason) when, in either build:
 *   - the first load is over the budget (BUDGET_KB below), or
 *   - a first-load file contains Recharts or MSW code (both must load lazily), detected by
 *     strings those libraries ship (e.g. 'recharts-wrapper', 'mockServiceWorker'), or
 *   - index.html or a file it names is missing;
 * and when
 *   - the production build (dist/, served by the real server) holds MSW anywhere: no chunk, no
 *     worker script, nothing — the mock must not ship to production even unused, or
 *   - the demo build (dist-demo/) has no mock worker script, so it is not a demo build at all.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const BUDGET_KB = 110
const KB = 1024
const LAZY_CHUNKS_SHOWN = 8
/** The demo API's service worker and MSW's worker, which it loads. */
const MOCK_WORKERS = ['demo-api-worker.js', 'mockServiceWorker.js']
/** The production build's offline worker (vite-plugin-pwa): the browser runs it, no page loads it. */
const APP_WORKER = 'sw.js'

/** Strings that only appear in these libraries' code; none may be in the first load. */
const FORBIDDEN = [
  { name: 'recharts', markers: ['recharts-wrapper', 'recharts-surface'] },
  {
    name: 'msw',
    markers: ['mockServiceWorker', 'INTEGRITY_CHECK_REQUEST', 'MOCKING_ENABLED', '[MSW]'],
  },
]
const MSW = FORBIDDEN.find(({ name }) => name === 'msw')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

class BuildProblem extends Error {}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length

function attributes(tag) {
  const found = {}
  for (const match of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return found
}

function librariesIn(code, libraries = FORBIDDEN) {
  return libraries
    .filter(({ markers }) => markers.some((marker) => code.includes(marker)))
    .map(
      ({ name, markers }) =>
        `${name} (${markers.filter((marker) => code.includes(marker)).join(', ')})`,
    )
}

/** Checks one build; prints its report and returns its problems (empty when it passes). */
function checkBuild(dist, kind) {
  const rel = (file) => path.relative(dist, file).split(path.sep).join('/')
  const label = `${path.relative(root, dist) || dist} (${kind} build)`
  console.log(`\n${label}`)

  const indexHtml = path.join(dist, 'index.html')
  if (!fs.existsSync(indexHtml)) {
    const how = kind === 'demo' ? 'npm run build:demo' : 'npm run build'
    return [`${label}: ${indexHtml} is missing: run \`${how}\` first.`]
  }
  const allFiles = fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))

  /** Maps a URL in index.html ('/assets/index-abc.js', with any base) to a file in dist. */
  function fileForUrl(url) {
    if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
      throw new BuildProblem(`index.html loads ${url} from another origin; its size is unknown.`)
    }
    const pathname = decodeURIComponent(new URL(url, 'http://localhost/').pathname)
    const direct = path.join(dist, pathname)
    if (fs.existsSync(direct)) return direct
    // A non-root `base` prefixes URLs; match the longest path suffix instead.
    const candidates = allFiles.filter((file) => pathname.endsWith(`/${rel(file)}`))
    if (candidates.length === 0) throw new BuildProblem(`index.html names ${url}, not in ${dist}.`)
    return candidates.sort((a, b) => rel(b).length - rel(a).length)[0]
  }

  /** Static `import … from './x.js'`, `import './x.js'` and `export … from './x.js'`. */
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

  const problems = []
  try {
    const html = fs.readFileSync(indexHtml, 'utf8')
    const entries = []
    const preloaded = []
    const stylesheets = []
    let namesEntry = false
    for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
      const attrs = attributes(tag.slice(1, -1).replace(/^\w+/, ''))
      // Scripts the page runs (the starter, public/start-app.js), and the entry it imports.
      if (/^<script/i.test(tag) && attrs.src) entries.push(attrs.src)
      if (/^<link/i.test(tag) && attrs.rel === 'modulepreload' && attrs.href) {
        namesEntry ||= 'data-entry' in attrs
        ;('data-entry' in attrs ? entries : preloaded).push(attrs.href)
      }
      if (/^<link/i.test(tag) && attrs.rel === 'stylesheet' && attrs.href) {
        stylesheets.push(attrs.href)
      }
    }
    if (!namesEntry) {
      throw new BuildProblem('index.html names no entry (<link rel="modulepreload" data-entry>).')
    }

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

    const rows = [...firstLoad].map(([file, why]) => {
      const found = librariesIn(fs.readFileSync(file, 'utf8'))
      for (const library of found) problems.push(`${rel(file)} contains ${library} code`)
      return {
        file,
        why,
        gzip: gzipSize(fs.readFileSync(file)),
        raw: fs.statSync(file).size,
        found,
      }
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
      .filter((file) => ![...MOCK_WORKERS, APP_WORKER].includes(rel(file)))
      .map((file) => ({
        file,
        gzip: gzipSize(fs.readFileSync(file)),
        found: librariesIn(fs.readFileSync(file, 'utf8')),
      }))
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
    } else {
      console.log(`within budget: ${kb(BUDGET_KB * KB - total)} to spare`)
    }
  } catch (error) {
    if (!(error instanceof BuildProblem)) throw error
    problems.push(error.message)
  }

  if (kind === 'production') {
    // Anywhere in the build, lazy chunks and copied public files included.
    const withMsw = allFiles
      .map((file) => ({
        file,
        found: MOCK_WORKERS.includes(path.basename(file))
          ? [`msw (the mock worker script ${path.basename(file)})`]
          : librariesIn(fs.readFileSync(file, 'latin1'), [MSW]),
      }))
      .filter(({ found }) => found.length > 0)
    for (const { file, found } of withMsw) {
      problems.push(`${rel(file)} contains ${found.join('; ')}, in a production build`)
    }
    if (withMsw.length === 0) console.log('no MSW anywhere in the build')
  } else {
    for (const worker of MOCK_WORKERS.filter(
      (name) => !allFiles.some((file) => rel(file) === name),
    )) {
      problems.push(`${worker} is missing: without it this demo build has no API`)
    }
  }
  return problems.map((problem) => `${label}: ${problem}`)
}

function buildsToCheck(args) {
  if (args.length === 0) {
    return [
      { dir: path.join(root, 'dist'), kind: 'production' },
      { dir: path.join(root, 'dist-demo'), kind: 'demo' },
    ]
  }
  const builds = []
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index]
    const dir = args[index + 1]
    if ((flag !== '--production' && flag !== '--demo') || !dir) {
      console.error('usage: check-bundle.mjs [--production <dir>] [--demo <dir>] …')
      process.exit(2)
    }
    builds.push({ dir: path.resolve(dir), kind: flag.slice(2) })
  }
  return builds
}

const problems = buildsToCheck(process.argv.slice(2)).flatMap(({ dir, kind }) =>
  checkBuild(dir, kind),
)
if (problems.length > 0) {
  console.error('\nFAILED:')
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(
  '\nOK: every first load within budget with no Recharts or MSW code; no MSW in production.',
)
