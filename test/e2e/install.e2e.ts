// Installing on the home screen, against the real server: Chromium's own installability check
// (what decides whether it offers "Install app") finds nothing wrong, and the manifest it reads
// has what the install dialog shows: names, icons (one maskable), colours and screenshots at a
// tablet's size in both orientations. An installed app must also open with no signal, which
// offline-start.e2e.ts checks.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../tools/chromium'
import { baseUrl, CHROMIUM_PATH, waitForHeading1 } from './support'

// Not the suite's shared browser: its contexts are off the record, and Chromium never offers to
// install from a private window ("in-incognito"), so this check needs a profile of its own.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ee-install-'))
let context: BrowserContext | undefined

afterAll(async () => {
  await context?.close()
  fs.rmSync(profile, { recursive: true, force: true })
})

interface ManifestImage {
  src: string
  sizes?: string
  type?: string
  purpose?: string
  form_factor?: string
  label?: string
}

interface Manifest {
  id?: string
  name?: string
  short_name?: string
  start_url?: string
  display?: string
  theme_color?: string
  background_color?: string
  icons?: ManifestImage[]
  screenshots?: ManifestImage[]
}

describe('installing the app (real server)', () => {
  it('passes Chromium’s installability check with a complete manifest', async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
      baseURL: baseUrl('server'),
      viewport: { width: 810, height: 1080 },
    })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await waitForHeading1(page)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])

    const { url, errors, data } = await cdp.send('Page.getAppManifest', {})
    expect(new URL(url).pathname).toBe('/manifest.webmanifest')
    expect(errors).toEqual([])
    const manifest = JSON.parse(data ?? '{}') as Manifest
    expect(manifest).toMatchObject({
      id: '/',
      short_name: 'Eyes and Ears',
      start_url: '/',
      display: 'standalone',
    })
    expect(manifest.name).toContain('Eyes and Ears')
    expect(manifest.theme_color).toMatch(/^#[\da-f]{6}$/i)
    expect(manifest.background_color).toMatch(/^#[\da-f]{6}$/i)
    const icons = manifest.icons ?? []
    expect(icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true)
    expect(icons.some((icon) => icon.sizes === '192x192')).toBe(true)
    const screenshots = manifest.screenshots ?? []
    expect(screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide'])

    // Every image the manifest names is there, of the type and size it says.
    for (const image of [...icons, ...screenshots]) {
      const response = await page.request.get(image.src)
      expect(response.status(), image.src).toBe(200)
      expect(response.headers()['content-type'], image.src).toContain(image.type ?? '')
      if (image.sizes && image.sizes !== 'any' && image.type !== 'image/svg+xml') {
        const [width, height] = image.sizes.split('x').map(Number)
        const size = await page.evaluate(async (src) => {
          const bitmap = await createImageBitmap(await (await fetch(src)).blob())
          return [bitmap.width, bitmap.height]
        }, image.src)
        expect(size, image.src).toEqual([width, height])
      }
    }
  })
})
