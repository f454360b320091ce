/**
 * `npm run build` with sources: the real CLI in a child process on a copy of
 * test/fixtures/seeds-basic, with seeds/sources.json listing a feed file in
 * the seeds folder and feeds on a loopback server (one good, one failing,
 * one answering HTML, one with `full_text` whose teaser links to an article
 * page). The build succeeds, reports each source, serves the feed items with
 * their outlet and link, the teaser with its page's paragraphs, folds the
 * item that copies a seed, and a rebuild from the kept state gives the same
 * files.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readServedDir } from '../../../src/served/from-disk.ts'
import { startBuild, tree } from '../../build-cli.ts'
import { feedServer, type FeedServer, rssFeed } from './feed-server.ts'

let server: FeedServer
const dir = mkdtempSync(join(tmpdir(), 'gazette-build-sources-'))
const seeds = join(dir, 'seeds')
const out = join(dir, 'dist/site')
/** Not blocking: this process's loopback server must go on answering. */
const build = () => startBuild(['--seeds', seeds, '--out', out, '--workers', '0'])
type Run = Awaited<ReturnType<typeof build>>
let first: Run
let second: Run
let firstTree: Record<string, string>
let firstReport: { sources: { status: string }[] }

const FERRY_PARAGRAPHS = [
  'The night ferry to the northern islands will run all year from May, the harbour authority announced on Tuesday.',
  'Until now the crossing stopped every October, leaving islanders with a single morning boat through the winter months.',
  'A second vessel, bought second-hand from a Norwegian operator, will cover the route while the older ship is refitted.',
]
const FERRY_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night ferry | Harbour Gazette</title><script>track()</script></head><body>
<header><a href="/">Harbour Gazette</a><nav><a href="/">Home</a> <a href="/islands">Islands</a></nav></header>
<article><h1>Night ferry to run all year</h1>${FERRY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
<footer><p><a href="/share">Share this article</a></p><p>&copy; 2025 Harbour Gazette. All rights reserved.</p></footer>
</body></html>`

beforeAll(async () => {
  cpSync('test/fixtures/seeds-basic', seeds, { recursive: true })
  // The glacier seed's body, carried by a wire feed under its own headline: a copy to fold.
  const glacier = readFileSync(join(seeds, 'glacier-study.txt'), 'utf8').split('\n').slice(2).join(' ')
  const wire = rssFeed(
    [
      { guid: 'w1', title: 'Ferry fares frozen for a year', text: 'The island ferry company said fares will not rise next year, after passenger numbers recovered to their level before the pandemic and fuel costs fell.', date: 'Mon, 03 Mar 2025 07:00:00 GMT' },
      { guid: 'w2', title: 'Glaciers shrink fast', text: glacier, date: 'Tue, 11 Feb 2025 07:00:00 GMT' },
    ],
    'Wire Desk',
  )
  server = await feedServer({
    '/wire.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"w"') return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"w"' }).end(wire)
    },
    '/broken.xml': (_req, res) => void res.writeHead(500).end(),
    '/login': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Log in</body></html>'),
    '/teasers.xml': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${server.base}/</link>` +
            `<item><title>Night ferry to run all year</title><guid>${server.base}/story/ferry</guid><link>${server.base}/story/ferry?utm_medium=feed</link>` +
            '<description>The night ferry will run all year.</description><pubDate>Wed, 05 Mar 2025 06:00:00 GMT</pubDate></item></channel></rss>',
        ),
    '/story/ferry': (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"f1"' }).end(FERRY_PAGE)
    },
  })
  writeFileSync(
    join(seeds, 'local-notes.xml'),
    rssFeed([{ guid: 'n1', title: 'Library hours extended', text: 'The town library will stay open until nine on weekdays from April, the council said, after a survey of readers.', date: 'Sat, 01 Mar 2025 12:00:00 GMT' }], 'Town Notes'),
  )
  writeFileSync(
    join(seeds, 'sources.json'),
    JSON.stringify({ sources: [{ url: 'local-notes.xml' }, { url: `${server.base}/wire.xml`, name: 'Wire Service' }, { url: `${server.base}/broken.xml` }, { url: `${server.base}/login` }, { url: `${server.base}/teasers.xml`, full_text: true }] }),
  )
  first = await build()
  firstTree = tree(out)
  firstReport = JSON.parse(readFileSync(join(dir, 'dist/report.json'), 'utf8'))
  second = await build()
}, 120_000)
afterAll(() => server.close())

describe('npm run build with seeds/sources.json', () => {
  it('succeeds and reports every source: fetched, failed with the reason, items new, kept and folded', () => {
    expect(first.status, first.stderr).toBe(0)
    const lines = first.stdout.split('\n')
    const at = lines.indexOf('sources:')
    expect(lines.slice(at, at + 6)).toEqual([
      'sources:',
      '  local-notes.xml (Town Notes): fetched; 1 items: 1 new, 0 kept, 0 folded',
      `  ${server.base}/wire.xml (Wire Service): fetched; 2 items: 2 new, 0 kept, 1 folded`,
      `  ${server.base}/broken.xml: failed (HTTP 500 Internal Server Error); 0 items: 0 new, 0 kept, 0 folded`,
      `  ${server.base}/login: failed (not a feed: an HTML page); 0 items: 0 new, 0 kept, 0 folded`,
      `  ${server.base}/teasers.xml (Harbour Gazette): fetched; 1 items: 1 new, 0 kept, 0 folded; pages: 1 fetched, 0 not modified, 0 failed`,
    ])
    expect(first.stderr).toContain(`[sources] `)
    expect(first.stdout).toContain('6 articles from 4 seeds and 4 feed items: 2 duplicates folded')
    expect(firstReport.sources.map((s) => s.status)).toEqual(['fetched', 'fetched', 'failed', 'failed', 'fetched'])
  })

  it('serves the feed items with outlet and link, and folds the copy of a seed into it, listing both outlets', () => {
    const { articles } = readServedDir(out)
    const byTitle = new Map(articles.map((a) => [a.title, a]))
    expect(['Ferry fares frozen for a year', 'Library hours extended'].map((t) => [byTitle.get(t)?.source, byTitle.get(t)?.externalUrl])).toEqual([
      ['Wire Service', 'https://loopback.example/w1'],
      ['Town Notes', 'https://loopback.example/n1'],
    ])
    expect(byTitle.has('Glaciers shrink fast')).toBe(false)
    const glacier = articles.find((a) => a.id === 'glacier-study')!
    expect([glacier.duplicates, glacier.outlets]).toEqual([['https://loopback.example/w2'], ['Wire Service']])
  })

  it('serves a full_text teaser with its page\'s paragraphs, without the page\'s menu and footer', () => {
    const ferry = readServedDir(out).articles.find((a) => a.title === 'Night ferry to run all year')!
    expect([ferry.source, ferry.externalUrl, ferry.body]).toEqual(['Harbour Gazette', `${server.base}/story/ferry`, FERRY_PARAGRAPHS.map((text) => ({ type: 'p', text }))])
  })

  it('asks again politely (a 304) and gives byte-identical output from the kept state', () => {
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).toContain(`${server.base}/wire.xml (Wire Service): not modified; 2 items: 0 new, 2 kept, 1 folded`)
    expect(second.stdout).toContain(`${server.base}/teasers.xml (Harbour Gazette): fetched; 1 items: 0 new, 0 kept, 0 folded; pages: 0 fetched, 1 not modified, 0 failed`)
    expect(server.requests.filter((r) => r.path === '/story/ferry').map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, '"f1"'])
    expect(tree(out)).toEqual(firstTree)
  })
})

describe('npm run build with a bad seeds/sources.json', () => {
  it.each([
    ['an unknown topic slug', { sources: [{ url: 'feed.xml', topics: ['nope'] }] }, 'gazette build: error: {seeds}/sources.json: source 1 ("feed.xml").topics: unknown topic slug "nope" (known: cities, climate, labour)'],
    ['a field of the wrong type', { sources: [{ url: 'feed.xml', limit: 'ten' }] }, 'gazette build: error: {seeds}/sources.json:1:31: source 1 ("feed.xml").limit: "ten" is not a whole number from 1 to 10000'],
  ])('%s: exits 1 naming the file, source and field, and writes nothing', async (_name, config, message) => {
    const bad = mkdtempSync(join(tmpdir(), 'gazette-bad-sources-'))
    cpSync('test/fixtures/seeds-basic', join(bad, 'seeds'), { recursive: true })
    writeFileSync(join(bad, 'seeds/sources.json'), JSON.stringify(config))
    const run = await startBuild(['--seeds', join(bad, 'seeds'), '--out', join(bad, 'dist/site'), '--quiet'])
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(message.replace('{seeds}', join(bad, 'seeds')))
    expect(existsSync(join(bad, 'dist'))).toBe(false)
  })
})
