/**
 * A person's path through the site in Debian's Chromium: home → topic →
 * article by clicking, reading what is visible. No JavaScript is needed (the
 * pages forbid it), so the test also proves the site works without it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

const base = inject('workerUrl')
const profile = mkdtempSync(join(tmpdir(), 'gazette-chromium-'))
let browser: BrowserContext

beforeAll(async () => {
  // A fresh profile directory (Playwright's way of passing --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    javaScriptEnabled: false,
    viewport: { width: 900, height: 1200 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  rmSync(profile, { recursive: true, force: true })
})

it('goes from the home page to a topic to an article by clicking', async () => {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  expect(await page.title()).toBe('Gazette')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Latest news')
  // Untrusted text is shown as text.
  expect(await page.getByRole('link', { name: 'North Korea & Russia sign "strategic" <pact> 🚀' }).count()).toBe(1)
  expect(await page.locator('script').count()).toBe(0)
  const feeds = await page.locator('link[rel=alternate]').evaluateAll((links) => links.map((l) => l.getAttribute('type')))
  expect(feeds).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json'])

  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'World' }).click()
  await page.waitForURL(`${base}/topics/world`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('World')
  expect(await page.getByText('International news and diplomacy.').isVisible()).toBe(true)
  expect(await page.getByRole('link', { name: 'Troops move near the border' }).isVisible()).toBe(true)
  expect(await page.getByRole('link', { name: 'Zürich café prices rise for the élite' }).count()).toBe(0)

  await page.getByRole('link', { name: 'North Korea & Russia sign "strategic" <pact> 🚀' }).click()
  await page.waitForURL(`${base}/articles/0a0000000001`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North Korea & Russia sign "strategic" <pact> 🚀')
  expect(await page.getByText('About 11,000 troops were sent. <script>alert("x")</script> 🚀').isVisible()).toBe(true)
  expect(await page.getByRole('heading', { level: 2, name: 'Troops & "ratification"' }).isVisible()).toBe(true)
  expect(await page.getByRole('link', { name: 'Read the original at Yonhap News' }).getAttribute('href')).toBe(
    'https://example.com/news/nk-russia?id=1&ref=rss',
  )
  mkdirSync('dist/screenshots', { recursive: true })
  await page.screenshot({ path: 'dist/screenshots/article.png', fullPage: true })
  await page.close()
})

it('searches from the home page without JavaScript', async () => {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  await page.getByRole('searchbox').fill('Zürich Café')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.waitForURL(`${base}/?q=cafe+zurich`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Search: cafe zurich')
  expect(await page.getByRole('link', { name: 'Zürich café prices rise for the élite' }).isVisible()).toBe(true)
  await page.close()
})
