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
  const feeds = await page.locator('link[rel=alternate]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))
  expect(feeds).toEqual(['/feed.xml', '/atom.xml', '/feed.json', '/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json'].map((p) => base + p))

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

it('goes from the home page to a story and on to one of its articles by clicking', async () => {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  const stories = page.getByRole('region', { name: 'Stories' })
  await stories.getByRole('link', { name: 'North Korea & Russia: a "strategic" <pact>, and troops on the move' }).click()
  await page.waitForURL(`${base}/stories/st0000000001`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North Korea & Russia: a "strategic" <pact>, and troops on the move')
  expect(await page.getByText('10 November 2024 – 13 November 2024 · 2 articles from Reuters, Yonhap News').isVisible()).toBe(true)
  // The claims table, read as a person sees it: the quote's markup is text, U+0001 is gone
  // (innerText leaves out the quotation marks <q> draws).
  const table = page.getByRole('table')
  expect(await table.getByRole('row').count()).toBe(3)
  expect(await table.getByRole('row').nth(1).innerText()).toBe(
    `troops\tsome 3,000\tReuters\tSome 3,000 troops crossed: "routine" <drills> & 'no cause for alarm', an official said.`,
  )
  expect(await table.getByRole('row').nth(2).innerText()).toBe('about 11,000\tYonhap News\tAbout 11,000 troops were sent.')
  const alternates = await page.locator('link[rel=alternate]').evaluateAll((links) => links.map((l) => l.getAttribute('title')))
  expect(alternates).toEqual(['Gazette: Stories (RSS)', 'Gazette: Stories (Atom)', 'Gazette: Stories (JSON Feed)'])
  mkdirSync('dist/screenshots', { recursive: true })
  await page.screenshot({ path: 'dist/screenshots/story.png', fullPage: true })

  await page.getByRole('link', { name: 'Troops move near the border' }).click()
  await page.waitForURL(`${base}/articles/0a0000000004`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Troops move near the border')
  // …whose page names the story and leads back to it.
  await page.getByRole('link', { name: 'North Korea & Russia: a "strategic" <pact>, and troops on the move' }).click()
  await page.waitForURL(`${base}/stories/st0000000001`)
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
