/**
 * `full_text: true` on a loopback server: a feed whose short items link to
 * article pages on the same server. The article page is written with the
 * furniture real pages have (site name, menu, "most read" list, share links,
 * copyright and legal links); the expected body is its four paragraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_OPTIONS } from '../../../src/sources/fetch.ts'
import { limiter } from '../../../src/sources/full-text.ts'
import { emptyState, gatherSources, stateText } from '../../../src/sources/gather.ts'
import { feedServer, type FeedServer } from './feed-server.ts'

const PARAGRAPHS = [
  'The harbour bridge reopened to traffic on Monday morning after eight months of repairs to its steel deck, the city’s transport office said.',
  'Engineers replaced more than four hundred rusted plates and repainted the whole span, which carries about forty thousand vehicles a day.',
  'Buses will return to their usual routes from Wednesday, and the ferry service added during the closure will stop at the end of the month.',
  'Cyclists get a separate lane on the east side for the first time, protected from cars by a low concrete kerb.',
]
const FURNITURE = ['Loopback News', 'Home', 'World', 'Subscribe now', 'Most read', 'Council votes on new budget', 'Share on Facebook', '© 2025 Loopback News. All rights reserved.', 'Privacy policy']
const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour bridge reopens | Loopback News</title>
<style>p { margin: 0 }</style><script>window.banner = "Subscribe now";</script></head>
<body>
  <header><a href="/">Loopback News</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main><article>
    <h1>Harbour bridge reopens after repairs</h1>
    <p class="byline">By Ana Ruiz</p>
    ${PARAGRAPHS.map((p) => `<p>${p.replace('’', '&rsquo;')}</p>`).join('\n    ')}
  </article></main>
  <aside><h2>Most read</h2>
    <ul><li><a href="/a">Council votes on new budget</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></aside>
  <footer>
    <p><a href="/share">Share on Facebook</a> <a href="/tw">Share on X</a></p>
    <p>&copy; 2025 Loopback News. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p>
  </footer>
</body>
</html>`

// 15 words; ten times is 150 words (the threshold: not fetched), without its last word 149 (fetched).
const SENTENCE = 'The river festival returns this summer with boats, music and food stalls along the quay.'
const LONG = Array(10).fill(SENTENCE).join(' ')
const ALMOST = LONG.replace(/ quay\.$/, '')

/** Items newest first; each links to a page on the server, with a tracking parameter the fetch must not send. */
const ITEMS = [
  { guid: 'bridge', text: 'The harbour bridge reopened on Monday after eight months of repairs.', path: '/articles/bridge' }, // 11 words
  { guid: 'gone', text: 'The museum closes for the winter.', path: '/articles/gone' }, // 6 words
  { guid: 'thin', text: 'Members can read the full interview with the mayor.', path: '/articles/thin' }, // 9 words
  { guid: 'pdf', text: 'The annual report is out.', path: '/articles/report.pdf' }, // 5 words
  { guid: 'long', text: LONG, path: '/articles/long' },
  { guid: 'almost', text: ALMOST, path: '/articles/almost' },
]
const feed = (base: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title><link>${base}/</link>` +
  ITEMS.map(
    (item, i) =>
      `<item><title>Item ${item.guid}</title><guid isPermaLink="false">${item.guid}</guid><link>${base}${item.path}?utm_source=rss</link>` +
      `<description>${item.text}</description><pubDate>Mon, 0${9 - i} Dec 2024 10:00:00 GMT</pubDate></item>`,
  ).join('') +
  '</channel></rss>'

let bridgeFails = false
let server: FeedServer
beforeAll(async () => {
  server = await feedServer({
    '/feed': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(server.base)),
    '/articles/bridge': (req, res) => {
      if (bridgeFails) return void res.writeHead(503, { 'retry-after': '3600' }).end()
      if (req.headers['if-none-match'] === '"bridge-1"') return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"bridge-1"' }).end(ARTICLE_PAGE)
    },
    // A login wall: nothing but a menu and a script.
    '/articles/thin': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav><a href="/login">Log in</a></nav><script>paywall()</script></body></html>'),
    '/articles/report.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
  })
})
afterAll(() => server.close())

const options = { seedsDir: '.', fetch: { ...DEFAULT_FETCH_OPTIONS, timeoutMs: 2000, maxRetryAfterSeconds: 1, userAgent: 'Gazette/test (+https://gazette.test)' } }
const pageRequests = () => server.requests.filter((r) => r.path.startsWith('/articles/'))
const feedText = (text: string) => [{ type: 'p', text }]

describe('full_text on a loopback server', () => {
  it('takes the body of a short item from its page, without the furniture; keeps the feed text with a warning otherwise', async () => {
    server.requests.length = 0
    const { items, reports, state } = await gatherSources([{ url: `${server.base}/feed`, fullText: true }], emptyState(), options)
    const body = new Map(items.map((i) => [i.title, i.body]))
    expect(body.get('Item bridge')).toEqual(PARAGRAPHS.map((text) => ({ type: 'p', text })))
    const bridgeText = body.get('Item bridge')!.map((b) => b.text).join('\n')
    expect(FURNITURE.filter((f) => bridgeText.includes(f))).toEqual([])
    expect(['gone', 'thin', 'pdf', 'long', 'almost'].map((g) => body.get(`Item ${g}`))).toEqual([ITEMS[1]!.text, ITEMS[2]!.text, ITEMS[3]!.text, LONG, ALMOST].map(feedText))
    const feedUrl = `${server.base}/feed`
    expect(reports[0]!.warnings).toEqual([
      `${feedUrl}: page ${server.base}/articles/gone: HTTP 404 Not Found; kept the feed's text`,
      `${feedUrl}: page ${server.base}/articles/thin: its article text has 0 words, no more than the feed's 9; kept the feed's text`,
      `${feedUrl}: page ${server.base}/articles/report.pdf: not an HTML page (application/pdf); kept the feed's text`,
      `${feedUrl}: page ${server.base}/articles/almost: HTTP 404 Not Found; kept the feed's text`,
    ])
    // Fetched: bridge and thin; failed: gone, the PDF and almost.
    expect(reports[0]!.pages).toEqual({ fetched: 2, notModified: 0, failed: 3 })
    // Links fetched without their tracking parameter, politely named; the 150-word item not at all.
    expect(pageRequests().map((r) => r.path).sort()).toEqual(['/articles/almost', '/articles/bridge', '/articles/gone', '/articles/report.pdf', '/articles/thin'])
    const bridge = pageRequests().find((r) => r.path === '/articles/bridge')!
    expect([bridge.headers['user-agent'], bridge.headers.accept?.startsWith('text/html')]).toEqual(['Gazette/test (+https://gazette.test)', true])
    expect(Object.keys(state.sources[feedUrl]!.pages!)).toEqual([`${server.base}/articles/bridge`, `${server.base}/articles/thin`])
    expect(state.sources[feedUrl]!.pages![`${server.base}/articles/bridge`]!.validators).toEqual({ etag: '"bridge-1"' })
  })

  it('asks again conditionally: a 304 reuses the kept page, and the items and state are the same, byte for byte', async () => {
    const source = [{ url: `${server.base}/feed`, fullText: true }]
    const first = await gatherSources(source, emptyState(), options)
    server.requests.length = 0
    const second = await gatherSources(source, first.state, options)
    const bridge = pageRequests().filter((r) => r.path === '/articles/bridge')
    expect(bridge.map((r) => r.headers['if-none-match'])).toEqual(['"bridge-1"'])
    // The thin page sent no validators, so it is fetched again.
    expect(second.reports[0]!.pages).toEqual({ fetched: 1, notModified: 1, failed: 3 })
    expect(JSON.stringify(second.items)).toBe(JSON.stringify(first.items))
    expect(stateText(second.state)).toBe(stateText(first.state))
  })

  it('uses the kept page when the page fails later, with a warning', async () => {
    const source = [{ url: `${server.base}/feed`, fullText: true }]
    const first = await gatherSources(source, emptyState(), options)
    bridgeFails = true
    const second = await gatherSources(source, first.state, options).finally(() => (bridgeFails = false))
    expect(second.items.find((i) => i.title === 'Item bridge')!.body.map((b) => b.text)).toEqual(PARAGRAPHS)
    expect(second.reports[0]!.warnings[0]).toBe(
      `${server.base}/feed: page ${server.base}/articles/bridge: HTTP 503 Service Unavailable; Retry-After 3600 s is longer than the 1 s a build waits; used the page kept from an earlier build`,
    )
  })

  it('never fetches a page when full_text is off', async () => {
    server.requests.length = 0
    const { items, reports } = await gatherSources([{ url: `${server.base}/feed`, fullText: false }], emptyState(), options)
    expect(pageRequests()).toEqual([])
    expect(items.find((i) => i.title === 'Item bridge')!.body).toEqual(feedText(ITEMS[0]!.text))
    expect([reports[0]!.pages, reports[0]!.warnings]).toEqual([undefined, []])
  })
})

describe('limiter', () => {
  it('runs at most its size at once, and every task', async () => {
    const limit = limiter(2)
    let running = 0
    let most = 0
    const task = (n: number) => async () => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      return n
    }
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map((n) => limit(task(n))))).toEqual([1, 2, 3, 4, 5, 6])
    expect(most).toBe(2)
  })
})
