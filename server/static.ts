/**
 * The built app on the same origin as the API. Vite's hashed files under /assets never change,
 * so browsers keep them a year; everything else (index.html above all) is checked every time,
 * so a new release is picked up at once. That includes the service worker, /sw.js: a worker kept
 * in an HTTP cache would hold every tablet on the old version. A path with no file is a route of
 * the app: index.html.
 */
import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppEnv } from './http/env'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

export function staticRoutes(root: string) {
  const indexHtml = path.join(root, 'index.html')
  if (!fs.existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: build the app first (npm run build).`)
  }
  const app = new Hono<AppEnv>()
  app.use('*', async (c, next) => {
    await next()
    if (c.res.ok) {
      const hashed = c.req.path.startsWith('/assets/') && c.res.status === 200
      c.res.headers.set('Cache-Control', hashed ? IMMUTABLE : REVALIDATE)
    }
  })
  app.use('*', serveStatic({ root }))
  // Deep links (/concerns/new, /review/…) are the app's routes. A missing file with an
  // extension (a stale asset) is a plain 404, not the app's page.
  app.get('*', (c) => {
    if (path.extname(c.req.path) !== '') return c.text('Not found', 404)
    c.header('Cache-Control', REVALIDATE)
    return c.html(fs.readFileSync(indexHtml, 'utf8'))
  })
  return app
}
