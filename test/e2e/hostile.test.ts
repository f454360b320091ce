/**
 * Hostile content end to end: seeds written to attack (hostile-seeds.ts:
 * markup and CDATA ends as text, HTML comments, control characters, lone
 * surrogates, a right-to-left override, emoji-only headlines, a 230 KB
 * paragraph, 10,000 topics) go through the real build CLI, and the real
 * Worker serves the result under wrangler on loopback (its own instance, as
 * global-setup.ts starts the fixture's). Every feed must be well-formed
 * XML 1.0 or JSON and read back by feed parsers others wrote with the hostile
 * text as text; in Chromium (JavaScript on, as a reader's browser has it) the
 * pages, the embed page and the widget on a dashboard show it as text, open
 * no dialog, run nothing from it, and send no request off loopback.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import { parseFeed as feedsmithParse } from 'feedsmith'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/render/html-escape.ts'
import { runBuild } from '../build-cli.ts'
import { launchChromium } from './chromium.ts'
import {
  CDATA_END,
  COMMENT,
  EMOJI_STORY_TITLE,
  EMOJI_TITLE,
  HOSTILE_TOPIC,
  HOSTILE_TOPIC_DESCRIPTION_SHOWN,
  IMG,
  LONG_SENTENCE_COUNT,
  longSentence,
  MARKUP_AUTHOR,
  MARKUP_SENTENCES,
  MARKUP_TITLE,
  RLO,
  RLO_SOURCE,
  SCRIPT,
  SURROGATE_TITLE_SHOWN,
  TOPIC_COUNT,
  writeHostileSeeds,
} from './hostile-seeds.ts'

// What the callbacks run in the browser use; the project's types have no DOM library.
declare const document: any

const work = mkdtempSync(join(tmpdir(), 'gazette-hostile-'))
let worker: { url: Promise<URL>; dispose(): Promise<void> } | undefined
let base = ''
let browser: BrowserContext
let closeBrowser: () => Promise<void> = async () => {}
let dashboard: Server | undefined
/** Every request the browser made, and the dialogs any page opened. */
const requests: string[] = []
const dialogs: string[] = []

beforeAll(async () => {
  writeHostileSeeds(join(work, 'seeds'))
  // The build as a curator runs it; in process (--workers 0): a pool's threads each load the NLP models, slower for 7 seeds.
  const build = runBuild(['--seeds', join(work, 'seeds'), '--out', join(work, 'site'), '--workers', '0', '--quiet'])
  expect(build.status, build.stderr).toBe(0)
  expect(build.stdout).toContain('7 articles from 7 seeds: 0 duplicates folded, 0 rejected, 2 stories')
  // The Worker as deployed (entry point and compatibility date of wrangler.toml), over this build.
  writeFileSync(
    join(work, 'wrangler.toml'),
    `name = "gazette-hostile"\nmain = ${JSON.stringify(resolve('src/worker/index.ts'))}\ncompatibility_date = "2026-10-30"\n` +
      `[assets]\ndirectory = "./site"\nbinding = "ASSETS"\nrun_worker_first = true\n`,
  )
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
  process.env.WRANGLER_SEND_METRICS = 'false'
  const { unstable_startWorker } = await import('wrangler')
  worker = await unstable_startWorker({
    config: join(work, 'wrangler.toml'),
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'warn' },
  } as Parameters<typeof unstable_startWorker>[0])
  base = (await worker.url).origin

  ;({ browser, close: closeBrowser } = await launchChromium({ viewport: { width: 1000, height: 900 } }))
  await browser.route('**/*', (route) => {
    const url = route.request().url()
    requests.push(url)
    const { hostname, protocol } = new URL(url)
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') return route.abort()
    return route.continue()
  })
}, 180_000)

afterAll(async () => {
  await closeBrowser()
  await new Promise((done) => (dashboard ? dashboard.close(done) : done(undefined)))
  await worker?.dispose()
  rmSync(work, { recursive: true, force: true })
})

const get = async (path: string) => {
  const res = await fetch(base + path)
  expect(res.status, path).toBe(200)
  return res
}

/** The article (or story) id whose title is `title`, from the JSON API. */
async function idOf(kind: 'articles' | 'stories', title: string): Promise<string> {
  const { items } = (await (await get(`/api/${kind}?limit=100`)).json()) as { items: { id: string; title: string }[] }
  const found = items.find((i) => i.title === title)
  expect(found, title).toBeDefined()
  return found!.id
}

/**
 * XML 1.0 §2.2 Char, plus what the renderers promise to remove though XML allows it
 * (DEL, the C1 controls, U+FFFD): none may appear raw or as a character reference.
 */
const NOT_XML_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u
const charRefs = (xml: string) => [...xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)].map((m) => String.fromCodePoint(m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : Number(m[1])))

/** The body as UTF-8 that decodes without a single error (a lone surrogate cannot be encoded; had one been, the bytes would not decode). */
async function strictText(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(await res.arrayBuffer())
}

const SAMPLED_TOPICS = [HOSTILE_TOPIC.slug, 'harbour', 'fires', 'topic-0', `topic-${TOPIC_COUNT - 4}`]
const XML_FEEDS = [
  '/feed.xml',
  '/atom.xml',
  '/stories/feed.xml',
  '/stories/atom.xml',
  ...SAMPLED_TOPICS.flatMap((slug) => [`/topics/${slug}/feed.xml`, `/topics/${slug}/atom.xml`]),
  // Rendered per request rather than kept by the build.
  '/feed.xml?q=council',
  '/atom.xml?topic=council-minutes,fires',
  '/stories/feed.xml?q=minutes',
]
const JSON_FEEDS = ['/feed.json', '/stories/feed.json', ...SAMPLED_TOPICS.map((slug) => `/topics/${slug}/feed.json`), '/feed.json?q=council']

describe('feeds of a hostile catalog', () => {
  it.each([...XML_FEEDS, '/opml.xml'])('%s is well-formed XML 1.0 with no forbidden character, raw or referenced', async (path) => {
    const xml = await strictText(await get(path))
    expect(XMLValidator.validate(xml), path).toBe(true)
    expect(xml).not.toMatch(NOT_XML_TEXT)
    for (const ch of charRefs(xml)) expect(ch, `${path}: &#${ch.codePointAt(0)};`).not.toMatch(NOT_XML_TEXT)
  })

  it.each(JSON_FEEDS)('%s is JSON whose strings hold no control character or lone surrogate', async (path) => {
    const text = await strictText(await get(path))
    const feed = JSON.parse(text)
    const strings: string[] = []
    JSON.stringify(feed, (_k, v) => (typeof v === 'string' ? (strings.push(v), v) : v))
    expect(strings.length).toBeGreaterThan(0)
    for (const s of strings) expect(s).not.toMatch(NOT_XML_TEXT)
  })

  it('feedsmith reads the hostile titles, authors and text as text from RSS, Atom and JSON Feed', async () => {
    const rss = feedsmithParse(await (await get('/feed.xml')).text()) as any
    const atom = feedsmithParse(await (await get('/atom.xml')).text()) as any
    const json = feedsmithParse(await (await get('/feed.json')).text()) as any
    expect([rss.format, atom.format, json.format]).toEqual(['rss', 'atom', 'json'])
    const titles = [rss.feed.items.map((i: any) => i.title), atom.feed.entries.map((e: any) => e.title.value ?? e.title), json.feed.items.map((i: any) => i.title)]
    for (const list of titles) {
      expect(list).toContain(MARKUP_TITLE)
      expect(list).toContain(SURROGATE_TITLE_SHOWN)
      expect(list).toContain(EMOJI_TITLE)
      expect(list).toContain(EMOJI_STORY_TITLE)
    }
    const markup = rss.feed.items.find((i: any) => i.title === MARKUP_TITLE)
    expect(markup.dc.creators).toEqual([MARKUP_AUTHOR])
    // content:encoded is HTML: every attack in it is escaped text, none is markup.
    for (const sentence of MARKUP_SENTENCES) expect(markup.content.encoded).toContain(escapeHtml(sentence))
    expect(markup.content.encoded).not.toMatch(/<(script|img|!--)/)
    const jsonMarkup = json.feed.items.find((i: any) => i.title === MARKUP_TITLE)
    for (const sentence of MARKUP_SENTENCES) expect(jsonMarkup.content_html).toContain(escapeHtml(sentence))
    expect(jsonMarkup.content_html).not.toMatch(/<(script|img|!--)/)
    const controls = json.feed.items.find((i: any) => i.title === SURROGATE_TITLE_SHOWN)
    expect(controls.authors).toEqual([{ name: RLO_SOURCE }])
    // The long paragraph is whole, to its last sentence.
    const long = json.feed.items.find((i: any) => i.content_html?.includes(escapeHtml(longSentence(0))))
    expect(long.content_html).toContain(escapeHtml(longSentence(LONG_SENTENCE_COUNT - 1)))
  })

  it('@rowanmanning/feed-parser reads the same titles and authors from RSS and Atom', async () => {
    for (const path of ['/feed.xml', '/atom.xml', `/topics/${HOSTILE_TOPIC.slug}/atom.xml`]) {
      const feed = rowanParse(await (await get(path)).text())
      const titles = feed.items.map((i) => i.title)
      expect(titles, path).toContain(MARKUP_TITLE)
      expect(feed.items.find((i) => i.title === MARKUP_TITLE)!.authors.map((a) => a.name), path).toEqual([MARKUP_AUTHOR])
    }
    const topic = rowanParse(await (await get(`/topics/${HOSTILE_TOPIC.slug}/feed.xml`)).text())
    expect(topic.title).toBe(`Gazette: ${HOSTILE_TOPIC.title}`)
    expect(topic.description).toBe(HOSTILE_TOPIC_DESCRIPTION_SHOWN)
  })

  it('story feeds carry the story titles as text', async () => {
    const rss = feedsmithParse(await (await get('/stories/feed.xml')).text()) as any
    const json = (await (await get('/stories/feed.json')).json()) as any
    for (const titles of [rss.feed.items.map((i: any) => i.title), json.items.map((i: any) => i.title)]) {
      expect(titles).toContain(MARKUP_TITLE)
      expect(titles).toContain(EMOJI_STORY_TITLE)
    }
  })

  it('lists all 10,000 topics in /api/topics, answers an empty topic, and keeps the home page small', async () => {
    const topics = ((await (await get('/api/topics')).json()) as any).items
    expect(topics).toHaveLength(TOPIC_COUNT)
    expect(topics[0].title).toBe(HOSTILE_TOPIC.title)
    expect(((await (await get(`/topics/topic-${TOPIC_COUNT - 4}/feed.json`)).json()) as any).items).toEqual([])
    // The home page names only the topics with articles and the first 50 empty ones.
    expect((await (await get('/')).arrayBuffer()).byteLength).toBeLessThan(100 * 1024)
  })
})

/** A page with its dialogs recorded (and dismissed) and its console errors collected. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${url}: ${d.message()}`)
    void d.dismiss()
  })
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(url)
  return { page, errors }
}

/** Elements only article text could have made: none may exist (the embed page's one script is ours, by hash). */
const injected = (page: Page, allowedScripts = 0) =>
  page.evaluate(
    (allowed) => document.querySelectorAll('img, iframe, object, embed, [onerror], [onload]').length + Math.max(0, document.querySelectorAll('script').length - allowed),
    allowedScripts,
  )

describe('pages of a hostile catalog in Chromium', () => {
  it('the home page shows every hostile headline as text', async () => {
    const { page, errors } = await open(`${base}/`)
    for (const title of [MARKUP_TITLE, SURROGATE_TITLE_SHOWN, EMOJI_TITLE, EMOJI_STORY_TITLE]) {
      expect(await page.getByRole('link', { name: title, exact: true }).first().isVisible(), title).toBe(true)
    }
    expect(await page.getByRole('link', { name: HOSTILE_TOPIC.title, exact: true }).first().isVisible()).toBe(true)
    expect(await injected(page)).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('an article page shows the markup, the CDATA end and the comment as text', async () => {
    const { page, errors } = await open(`${base}/articles/${await idOf('articles', MARKUP_TITLE)}`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(MARKUP_TITLE)
    for (const sentence of MARKUP_SENTENCES) expect(await page.getByText(sentence, { exact: true }).isVisible(), sentence).toBe(true)
    expect(await page.getByText(MARKUP_AUTHOR).first().isVisible()).toBe(true)
    expect(await page.locator('main').innerText()).toContain(COMMENT)
    expect(await page.locator('main').innerText()).toContain(CDATA_END)
    expect(await injected(page)).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the control-character article shows its text without the controls, and its outlet with the override', async () => {
    const { page, errors } = await open(`${base}/articles/${await idOf('articles', SURROGATE_TITLE_SHOWN)}`)
    // HTML collapses the two spaces each removed surrogate leaves.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(SURROGATE_TITLE_SHOWN.replace(/ +/g, ' '))
    const main = await page.locator('main').innerText()
    expect(main).toContain(`Pilots logged the tug named ${RLO}kraM eht at the outer buoy before dawn`)
    expect(main).toContain(RLO_SOURCE)
    expect(main).not.toMatch(NOT_XML_TEXT)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the long article page holds its paragraph to the last sentence', async () => {
    const { page, errors } = await open(`${base}/articles/${await idOf('articles', 'Volunteers copy a year of tide gauge readings into one record')}`)
    expect(await page.getByText(longSentence(LONG_SENTENCE_COUNT - 1), { exact: false }).isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it('a story page shows its title and its articles as text', async () => {
    const { page, errors } = await open(`${base}/stories/${await idOf('stories', MARKUP_TITLE)}`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(MARKUP_TITLE)
    expect(await page.getByRole('link', { name: `Clerk's ${SCRIPT} slip puts council minutes in the spotlight` }).isVisible()).toBe(true)
    expect(await injected(page)).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the embed page shows the hostile topic and its headlines as text', async () => {
    const { page, errors } = await open(`${base}/topics/${HOSTILE_TOPIC.slug}/embed`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Gazette: ${HOSTILE_TOPIC.title}`)
    expect(await page.getByRole('heading', { level: 2, name: MARKUP_TITLE, exact: true }).isVisible()).toBe(true)
    // The height script is the one script, allowed by its hash.
    expect(await injected(page, 1)).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the widget and the embed on a dashboard on another origin show the headlines as text', async () => {
    const body = `<script type="module" src="${base}/widget.js"></script>
<iframe src="${base}/embed" title="Latest news" style="width:100%;height:30rem;border:0"></iframe>
<gazette-feed topic="${HOSTILE_TOPIC.slug}" limit="10"></gazette-feed>`
    dashboard = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dashboard</title></head><body>${body}</body></html>`)
    })
    await new Promise<void>((done) => dashboard!.listen(0, '127.0.0.1', done))
    const { page, errors } = await open(`http://127.0.0.1:${(dashboard.address() as AddressInfo).port}/`)
    const widget = page.locator('gazette-feed')
    await expect.poll(() => widget.getByRole('listitem').count()).toBeGreaterThan(0)
    const titles = await widget.getByRole('link').allInnerTexts()
    expect(titles).toContain(MARKUP_TITLE)
    expect(titles).toContain(`Clerk's ${SCRIPT} slip puts council minutes in the spotlight`)
    const frame = page.frameLocator('iframe')
    await expect.poll(() => frame.getByRole('listitem').count()).toBeGreaterThan(0)
    expect(await frame.getByRole('heading', { level: 2 }).allInnerTexts()).toContain(MARKUP_TITLE)
    // Nothing the widget built from the API is an element article text asked for.
    expect(await widget.evaluate((w: any) => w.shadowRoot.querySelectorAll('img, script, iframe, [onerror]').length)).toBe(0)
    // The dashboard's own module script and iframe, nothing more; in the frame, its height script.
    expect(await page.evaluate(() => [document.querySelectorAll('script').length, document.querySelectorAll('iframe').length, document.querySelectorAll('img, [onerror]').length])).toEqual([1, 1, 0])
    expect(await frame.locator('img, iframe, object, embed, [onerror], [onload]').count()).toBe(0)
    expect(await frame.locator('script').count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it('opened no dialog and sent no request off loopback', () => {
    expect(dialogs).toEqual([])
    expect(requests.length).toBeGreaterThan(0)
    for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1')
    // `<img src=x>` as text loads nothing: no request for it reached the Worker.
    expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([])
    expect(IMG).toContain('src=x')
  })
})
