/**
 * The screenshots in public/manifest.webmanifest (the install dialog shows them): the real app,
 * served by the real server with its demo data, at a tablet's size in both orientations.
 *
 *   npm run build && npx tsx test/perf/manifest-screenshots.ts
 *
 * Writes public/screenshots/overview-{portrait,landscape}.jpg; commit them with the manifest.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium'
import { startDemoServer, stopDemoServer } from '../tools/demo-server'

const root = path.resolve(import.meta.dirname, '../..')
const OUT = path.join(root, 'public/screenshots')
const SHOTS = [
  { file: 'overview-portrait.jpg', width: 810, height: 1080 },
  { file: 'overview-landscape.jpg', width: 1080, height: 810 },
]

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ee-shots-'))
const server = await startDemoServer({
  serverDir: path.join(root, 'dist-server'),
  app: path.join(root, 'dist'),
  dataDir,
  cwd: root,
})
const origin = server.origin
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  fs.mkdirSync(OUT, { recursive: true })
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      baseURL: origin,
      viewport: { width: shot.width, height: shot.height },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.locator('input[type="radio"][value="cllr-banbury"]').check()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(OUT, shot.file), type: 'jpeg', quality: 80 })
    await context.close()
    console.log(`public/screenshots/${shot.file} (${shot.width}×${shot.height})`)
  }
} finally {
  await browser.close()
  await stopDemoServer(server.child)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
