import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from './harness'

// A stand-in for the built app: what matters is how files are served, not what they hold.
const root = mkdtempSync(path.join(tmpdir(), 'ee-static-'))
const dist = path.join(root, 'dist')
mkdirSync(path.join(dist, 'assets'), { recursive: true })
// Large enough to be worth compressing (Hono's compress skips bodies under 1 KB).
const filler = `<p hidden>${'Eyes and Ears '.repeat(200)}</p>`
writeFileSync(
  path.join(dist, 'index.html'),
  `<!doctype html><head><title>App</title></head><div id="root"></div>${filler}`,
)
// What the build names as each first page's code (vite.config.ts, firstPagePreloads).
writeFileSync(
  path.join(dist, 'first-page-preloads.json'),
  JSON.stringify({
    pages: {
      '/sign-in': ['/assets/sign-in-AbC.js', '/assets/common-DeF.js'],
      '/': ['/assets/board-overview-GhI.js'],
      '/about': ['/assets/about-x.js"><script>alert(1)</script>', 'https://elsewhere.example/a.js'],
    },
    public: ['/sign-in', '/about'],
    signIn: '/sign-in',
  }),
)
writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log("app")')
writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Eyes and Ears"}')
writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
writeFileSync(path.join(root, 'secret.txt'), 'not for the web')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const get = async (url: string, headers: Record<string, string> = {}) => {
  const server = await startServer({ staticDir: dist })
  return server.app.fetch(new Request(`http://localhost:3000${url}`, { headers }))
}

describe('the built app, served on the API’s origin', () => {
  it('hashed assets are kept for a year; index.html and other files are checked each time', async () => {
    const asset = await get('/assets/index-AbC123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/)
    for (const url of ['/', '/index.html', '/manifest.webmanifest']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('Cache-Control'), url).toBe('no-cache')
    }
  })

  it('serves the service worker as JavaScript that is checked every time, and the manifest as a manifest', async () => {
    const worker = await get('/sw.js')
    expect(worker.status).toBe(200)
    expect(worker.headers.get('Content-Type')).toMatch(/^(text|application)\/javascript\b/)
    expect(worker.headers.get('Cache-Control')).toBe('no-cache')
    expect(await worker.text()).toContain('addEventListener')
    const manifest = await get('/manifest.webmanifest')
    expect(manifest.headers.get('Content-Type')).toMatch(/^application\/manifest\+json\b/)
  })

  it('a worker that is not there is a 404, never the app page', async () => {
    const response = await get('/workbox-old.js')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('<div id="root">')
  })

  it('answers a deep link with the app, and a missing asset with 404', async () => {
    for (const url of ['/concerns/new', '/review/abc?status=submitted', '/risks/x']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(await response.text(), url).toContain('<div id="root">')
      expect(response.headers.get('Content-Security-Policy'), url).toContain("script-src 'self'")
    }
    expect((await get('/assets/index-OLD999.js')).status).toBe(404)
  })

  it('names the first page’s code in the HTML, for the pages the build names', async () => {
    const links = (html: string) =>
      [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]*)">/g)].map((m) => m[1])
    const signIn = await (await get('/sign-in')).text()
    expect(links(signIn)).toEqual(['/assets/sign-in-AbC.js', '/assets/common-DeF.js'])
    // Before </head>, inert in a template until the starter moves it (public/start-app.js), and
    // the page is otherwise the same.
    expect(signIn).toContain(
      '<template id="app-first-page"><link rel="modulepreload" crossorigin href="/assets/sign-in-AbC.js"><link rel="modulepreload" crossorigin href="/assets/common-DeF.js"></template></head>',
    )
    expect(signIn).toContain('<div id="root">')
    // The overview for a visitor with a session; with none, the app will show the sign-in page.
    const withSession = { Cookie: 'ee_session=abc' }
    expect(links(await (await get('/', withSession)).text())).toEqual([
      '/assets/board-overview-GhI.js',
    ])
    expect(links(await (await get('/')).text())).toEqual(links(signIn))
    // A page the build does not name, or a look-alike path, gets index.html as it is.
    for (const url of ['/review/abc', '/sign-in/', '/constructor', '/__proto__']) {
      const response = await get(url, withSession)
      expect(response.status, url).toBe(200)
      expect(links(await response.text()), url).toEqual([])
    }
    // Only the build's own files: nothing else is ever written into the page.
    const about = await (await get('/about', withSession)).text()
    expect(links(about)).toEqual([])
    expect(about).not.toContain('alert(1)')
  })

  it('serves index.html as it is when the build’s list of first pages is not one it understands', async () => {
    const file = path.join(dist, 'first-page-preloads.json')
    const good = readFileSync(file, 'utf8')
    try {
      for (const bad of ['{', '{"/sign-in": ["/assets/a.js"]}', '{"pages": {"/": [1]}}']) {
        writeFileSync(file, bad)
        const response = await get('/sign-in')
        expect(response.status, bad).toBe(200)
        const html = await response.text()
        expect(html, bad).toContain('<div id="root">')
        expect(html, bad).not.toContain('rel="modulepreload"')
      }
    } finally {
      writeFileSync(file, good)
    }
  })

  it('never serves a file outside the build folder', async () => {
    for (const url of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '//secret.txt',
    ]) {
      const response = await get(url)
      expect(await response.text(), url).not.toContain('not for the web')
    }
  })

  it('compresses what it sends when the browser accepts it', async () => {
    const response = await get('/', { 'Accept-Encoding': 'gzip' })
    expect(response.headers.get('Content-Encoding')).toBe('gzip')
  })

  it('an unknown API path is a problem, not the app', async () => {
    const response = await get('/api/v1/nothing-here')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  })
})

describe('health', () => {
  it('healthz says the process is up; readyz that the database answers', async () => {
    const server = await startServer()
    const health = await server.app.fetch(new Request('http://localhost:3000/healthz'))
    expect(health.status).toBe(200)
    const ready = await server.app.fetch(new Request('http://localhost:3000/readyz'))
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })
})
