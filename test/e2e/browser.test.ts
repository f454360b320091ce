/**
 * A person's path through the site in Debian's Chromium: home → topic →
 * article by clicking, reading what is visible; a feed opened in the browser
 * (its XSLT view); the story page on a phone; the OPML list followed. No JavaScript is needed (the
 * pages forbid it), so the test also proves the site works without it.
 */
import { mkdirSync } from 'node:fs'
import { parseFeed as feedsmithParse, parseOpml } from 'feedsmith'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium.ts'

const base = inject('workerUrl')
let browser: BrowserContext
let close: () => Promise<void> = async () => {}

beforeAll(async () => {
  ;({ browser, close } = await launchChromium({ javaScriptEnabled: false, viewport: { width: 900, height: 1200 } }))
})

afterAll(() => close())

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
  expect(await page.getByRole('link', { name: 'Read at Yonhap News' }).getAttribute('href')).toBe(
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
    `troops\tsome 3,000 in Kursk on 4 November 2024\tthe US\tReuters\tSome 3,000 troops crossed into Kursk on Monday: "routine" <drills> & 'no cause for alarm', the US said.`,
  )
  expect(await table.getByRole('row').nth(2).innerText()).toBe('about 11,000\tnot attributed\tYonhap News\tAbout 11,000 troops were sent.')
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
  // The words stay as typed, in the URL, the heading and the search box.
  await page.waitForURL(`${base}/?q=Z%C3%BCrich+Caf%C3%A9`)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Search: Zürich Café')
  expect(await page.getByRole('searchbox').inputValue()).toBe('Zürich Café')
  expect(await page.getByRole('link', { name: 'Zürich café prices rise for the élite' }).isVisible()).toBe(true)
  await page.close()
})

it('shows /feed.xml as a page through its stylesheet (XSLT), with every item title and how to subscribe', async () => {
  // The titles, as a feed parser others wrote reads them.
  const { feed } = feedsmithParse(await (await fetch(`${base}/feed.xml`)).text()) as any
  const titles: string[] = feed.items.map((i: any) => i.title)
  expect(titles.length).toBeGreaterThan(0)
  const page = await browser.newPage()
  const res = await page.goto(`${base}/feed.xml`)
  // Chromium applies a stylesheet only to XML it renders: a browser is answered application/xml.
  expect(res!.headers()['content-type']).toBe('application/xml; charset=utf-8')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Gazette')
  for (const title of titles) expect(await page.getByRole('heading', { level: 2, name: title, exact: true }).isVisible(), title).toBe(true)
  expect(await page.getByText('copy this address into your feed reader').isVisible()).toBe(true)
  expect(await page.locator('code').innerText()).toBe(`${base}/feed.xml`)
  // Untrusted text stays text: no element came from an article title.
  expect(await page.locator('pact, script').count()).toBe(0)
  mkdirSync('dist/screenshots', { recursive: true })
  await page.screenshot({ path: 'dist/screenshots/feed-xslt.png', fullPage: true })
  await page.close()
})

it('lays the story page with its claims table out within a 390 px phone screen', async () => {
  const page = await browser.newPage()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${base}/stories/st0000000001`)
  expect(await page.getByRole('table').isVisible()).toBe(true)
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
  const table = await page.getByRole('table').boundingBox()
  expect(table!.x + table!.width).toBeLessThanOrEqual(390)
  mkdirSync('dist/screenshots', { recursive: true })
  await page.screenshot({ path: 'dist/screenshots/story-390.png', fullPage: true })
  await page.close()
})

it('lists every feed in /opml.xml, each of which answers 200 as a feed', async () => {
  const opml = parseOpml(await (await fetch(`${base}/opml.xml`)).text()) as any
  const outlines: any[] = opml.body.outlines
  const topics = ((await (await fetch(`${base}/api/topics`)).json()) as any).items
  expect(outlines.length).toBe(2 + topics.length)
  for (const o of outlines) {
    expect(o.type).toBe('rss')
    const res = await fetch(o.xmlUrl)
    expect(res.status, o.xmlUrl).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8')
    expect((feedsmithParse(await res.text()) as any).format).toBe('rss')
    expect((await fetch(o.htmlUrl)).status, o.htmlUrl).toBe(200)
  }
  // …and the home page links it.
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  expect(await page.getByRole('link', { name: 'Every feed in one file (OPML)' }).getAttribute('href')).toBe(`${base}/opml.xml`)
  await page.close()
})
