/**
 * The built app on the same origin as the API. Vite's hashed files under /assets never change,
 * so browsers keep them a year; everything else (index.html above all) is checked every time,
 * so a new release is picked up at once. That includes the service worker, /sw.js: a worker kept
 * in an HTTP cache would hold every tablet on the old version. A path with no file is a route of
 * the app: index.html, with the links to the code of the page at that address when the build
 * names it (first-page-preloads.json, made by vite.config.ts), so the browser fetches that code
 * beside the first bundle once the page's starter (public/start-app.js) asks for both.
 */
import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from './http/env'
import { SESSION_COOKIE } from './http/session'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'
const PRELOADS_FILE = 'first-page-preloads.json'

/** What the build says about the first pages' code (vite.config.ts, firstPagePreloads). */
interface FirstPagePreloads {
  /** Each path the build names, with the files its page needs beyond the first bundle. */
  pages: Record<string, string[]>
  /** The paths anyone may open; elsewhere, with no session, the app shows `signIn`. */
  public: string[]
  signIn: string
}

/** The build's file, or undefined if it is missing or not what this server understands. */
function readPreloads(file: string): FirstPagePreloads | undefined {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<FirstPagePreloads>
    const isList = (list: unknown): list is string[] =>
      Array.isArray(list) && list.every((item) => typeof item === 'string')
    const pages = value.pages
    return typeof pages === 'object' &&
      pages !== null &&
      Object.values(pages).every(isList) &&
      isList(value.public) &&
      typeof value.signIn === 'string'
      ? { pages, public: value.public, signIn: value.signIn }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * index.html, with the code of the page the visitor will see named before </head> if the build
 * names it: in <template id="app-first-page">, inert until the starter moves it into the head
 * after the first paint, as the build does with the first bundle. With no session cookie, a
 * page for signed-in users only is the sign-in page. Any other path gets index.html as it is,
 * and the app fetches the page's code itself. Read on each request, as index.html always was,
 * so a new build is served without a restart.
 */
function pageHtml(root: string, indexHtml: string, page: string, signedIn: boolean): string {
  const html = fs.readFileSync(indexHtml, 'utf8')
  const preloads = readPreloads(path.join(root, PRELOADS_FILE))
  if (!preloads) return html
  const shown = signedIn || preloads.public.includes(page) ? page : preloads.signIn
  const files = Object.hasOwn(preloads.pages, shown) ? (preloads.pages[shown] ?? []) : []
  const links = files
    .filter((href) => /^\/assets\/[\w.-]+\.js$/.test(href))
    .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
    .join('')
  return links
    ? html.replace('</head>', `<template id="app-first-page">${links}</template></head>`)
    : html
}

export function staticRoutes(root: string) {
  const indexHtml = path.join(root, 'index.html')
  if (!fs.existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: build the app first (npm run build).`)
  }
  const app = new Hono<AppEnv>()
  const servePage = (c: Context<AppEnv>) => {
    c.header('Cache-Control', REVALIDATE)
    const signedIn = getCookie(c, SESSION_COOKIE) !== undefined
    return c.html(pageHtml(root, indexHtml, c.req.path, signedIn))
  }
  app.use('*', async (c, next) => {
    await next()
    if (c.res.ok) {
      const hashed = c.req.path.startsWith('/assets/') && c.res.status === 200
      c.res.headers.set('Cache-Control', hashed ? IMMUTABLE : REVALIDATE)
    }
  })
  app.get('/', servePage)
  app.use('*', serveStatic({ root }))
  // Deep links (/concerns/new, /review/…) are the app's routes. A missing file with an
  // extension (a stale asset) is a plain 404, not the app's page.
  app.get('*', (c) => {
    if (path.extname(c.req.path) !== '') return c.text('Not found', 404)
    return servePage(c)
  })
  return app
}
