/**
 * A dashboard owner's view, in Debian's Chromium with JavaScript on: a page
 * on another origin (its own server on loopback) holds the two snippets the
 * README offers, pasted as they are with only the address and topic
 * changed: /embed in an iframe and <gazette-feed> beside it. Read as a person
 * sees it at 240, 390 and 1280 px, light and dark: items, titles, links that
 * open, no console error, and no request leaving loopback.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium.ts'

// What the callbacks run in the browser use; the project's types have no DOM library.
declare const document: any, window: any, innerWidth: number
declare function getComputedStyle(element: unknown): { backgroundColor: string; outlineStyle: string }

const base = inject('workerUrl')
let browser: BrowserContext
let close: () => Promise<void> = async () => {}
let dashboard: Server
let host: string

/** The README's two snippets (the first two ```html blocks under "## Embedding"), pointed at the test Worker and topic. */
function snippets(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('## Configuration'))
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!)
  expect(blocks).toHaveLength(2)
  return blocks.map((b) => b.replaceAll('https://news.example.org', base).replaceAll('treaties-and-ratification', 'world'))
}

function dashboardPage(body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Operations dashboard</title>
<style>body{margin:0;padding:8px;font:14px system-ui,sans-serif;background:#eef1f5}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px}
section{min-width:0}h2{font-size:14px;margin:0 0 6px}</style></head>
<body><h1>Operations dashboard</h1><div class="grid">${body}</div></body></html>`
}

const PAGES: Record<string, string> = {}

beforeAll(async () => {
  const [frame, widget] = snippets()
  PAGES['/'] = dashboardPage(`<section><h2>In an iframe</h2>${frame}</section><section><h2>Web component</h2>${widget}</section>`)
  // Port 9 (discard) on loopback: nothing listens, so the API is unreachable.
  PAGES['/offline'] = dashboardPage(
    `<script type="module" src="${base}/widget.js"></script><gazette-feed site="http://127.0.0.1:9" topic="world" refresh="30"></gazette-feed>`,
  )
  dashboard = createServer((req, res) => {
    const page = PAGES[req.url ?? '']
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(page ?? 'not found')
  })
  await new Promise<void>((resolve) => dashboard.listen(0, '127.0.0.1', resolve))
  host = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`
  expect(new URL(host).origin).not.toBe(new URL(base).origin)

  ;({ browser, close } = await launchChromium({ viewport: { width: 1280, height: 900 } }))
  // Nothing may leave loopback: every request is recorded, and any other is refused.
  await browser.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    requests.push(route.request().url())
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1' && hostname !== 'localhost') return route.abort()
    return route.continue()
  })
})

const requests: string[] = []

/**
 * How long a frame or the widget may take to show its list: a lazy iframe's
 * first load (a renderer, the Worker's first request) took more than
 * expect.poll's default second on the shared 2-core machine under load.
 */
const LOADED = { timeout: 10_000 }

afterAll(async () => {
  await close()
  await new Promise((resolve) => dashboard?.close(resolve))
})

/** Console errors and uncaught exceptions of a page and its frames. */
function watch(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  return errors
}

const WORLD = ['North Korea & Russia sign "strategic" <pact> 🚀', 'Troops move near the border', 'Climate summit opens in Baku']

describe('a dashboard on another origin', () => {
  for (const width of [240, 390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`shows the iframe and the widget at ${width} px, ${scheme}`, async () => {
        const page = await browser.newPage()
        const errors = watch(page)
        await page.setViewportSize({ width, height: 900 })
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(`${host}/`)

        // The iframe: what a person reads in it.
        const frame = page.frameLocator('iframe')
        await expect.poll(() => frame.getByRole('listitem').count(), LOADED).toBe(3)
        expect(await frame.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(WORLD)
        expect(await frame.getByRole('heading', { level: 1 }).innerText()).toBe('Gazette: World')
        for (const link of await frame.getByRole('link').all()) {
          expect(await link.getAttribute('target')).toBe('_blank')
          expect(await link.getAttribute('rel')).toBe('noopener')
        }
        // The host's script sized the frame from the height the embed page posted: no inner scroll bar.
        const iframe = page.locator('iframe')
        await expect.poll(async () => {
          const [outer, inner] = await Promise.all([
            iframe.evaluate((f) => f.getBoundingClientRect().height),
            frame.locator('html').evaluate((h) => h.scrollHeight),
          ])
          return Math.abs(outer - inner) <= 1
        }).toBe(true)

        // The widget: the same articles, from the JSON API, in its shadow root.
        const widget = page.locator('gazette-feed')
        await expect.poll(() => widget.getByRole('listitem').count(), LOADED).toBe(3)
        expect(await widget.getByRole('link').allInnerTexts()).toEqual(WORLD)
        expect(await widget.getByRole('list', { name: 'Latest news' }).isVisible()).toBe(true)
        expect(await widget.getByText('The treaty took effect on Wednesday.', { exact: false }).isVisible()).toBe(true)

        // Both follow the reader's light or dark preference.
        const background = scheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)'
        expect(await frame.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe(background)
        expect(await widget.evaluate((w) => getComputedStyle(w).backgroundColor)).toBe(background)

        // Nothing is wider than the screen, in the page or in the frame.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
        expect(await frame.locator('html').evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true)

        mkdirSync('dist/screenshots', { recursive: true })
        // Down to the end of the dashboard's content (docs/dashboard.png is the 1280 px light one).
        const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom))
        await page.screenshot({ path: `dist/screenshots/dashboard-${width}-${scheme}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } })
        expect(errors).toEqual([])
        await page.close()
      })
    }
  }

  it('opens articles in a new tab from both, with no handle back to the dashboard', async () => {
    const page = await browser.newPage()
    const errors = watch(page)
    await page.goto(`${host}/`)
    const opened = async (click: () => Promise<void>) => {
      const [tab] = await Promise.all([browser.waitForEvent('page'), click()])
      await tab.waitForLoadState()
      const seen = { url: tab.url(), title: await tab.title(), opener: await tab.evaluate(() => window.opener === null) }
      await tab.close()
      return seen
    }
    const expected = { url: `${base}/articles/0a0000000004`, title: 'Troops move near the border · Gazette', opener: true }
    expect(await opened(() => page.frameLocator('iframe').getByRole('link', { name: 'Troops move near the border' }).click())).toEqual(expected)
    expect(await opened(() => page.locator('gazette-feed').getByRole('link', { name: 'Troops move near the border' }).click())).toEqual(expected)
    expect(errors).toEqual([])
    await page.close()
  })

  it('can be read with the keyboard: Tab goes through the links of the frame, then of the widget', async () => {
    const page = await browser.newPage()
    await page.goto(`${host}/`)
    await expect.poll(() => page.locator('gazette-feed').getByRole('listitem').count(), LOADED).toBe(3)
    const focused: string[] = []
    for (let i = 0; i < 12 && focused.at(-1) !== WORLD[0]; i++) {
      await page.keyboard.press('Tab')
      focused.push(
        await page.evaluate(() => {
          const inWidget = document.activeElement?.shadowRoot?.activeElement
          return inWidget ? `${inWidget.textContent}` : document.activeElement?.tagName === 'IFRAME' ? 'iframe' : String(document.activeElement?.tagName)
        }),
      )
    }
    // The frame's five links (heading, three articles, "More on Gazette"), then the widget's first.
    expect(focused.filter((f) => f === 'iframe')).toHaveLength(5)
    expect(focused.at(-1)).toBe(WORLD[0])
    const ring = await page.locator('gazette-feed').getByRole('link').first().evaluate((a) => getComputedStyle(a).outlineStyle)
    expect(ring).toBe('solid')
    await page.close()
  })

  it('says so when the API cannot be reached, without a storm of console errors', async () => {
    const page = await browser.newPage()
    const errors = watch(page)
    await page.goto(`${host}/offline`)
    const widget = page.locator('gazette-feed')
    await expect.poll(() => widget.getByRole('status').innerText()).toBe('The news could not be loaded right now.')
    await page.waitForTimeout(1500)
    // The browser reports the refused connection once; the widget itself logs nothing and waits for the next refresh.
    expect(errors.length).toBeLessThanOrEqual(1)
    expect(errors.every((e) => /ERR_CONNECTION_REFUSED|Failed to load|Failed to fetch/.test(e))).toBe(true)
    await page.close()
  })

  it('sent every request to loopback', () => {
    expect(requests.length).toBeGreaterThan(0)
    for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1')
  })
})
