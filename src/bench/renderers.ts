/**
 * Render section: Gazette's three feed renderers against two libraries that
 * write the same formats, `feed` (jpmonette/feed: RSS 2.0, Atom 1.0, JSON
 * Feed 1.0) and `feedsmith` (its generateRssFeed, generateAtomFeed,
 * generateJsonFeed), on the same 100 built articles. Each timed call goes
 * from the articles to the document's UTF-8 bytes, what a response carries:
 * Gazette's renderers write bytes (feed-model.ts `assemble`), the peers
 * write a string, which is encoded with TextEncoder inside the timed call.
 * Each call includes mapping the articles to its own input (the body to HTML with Gazette's contentHtml
 * for the peers, which take HTML). Every JSON Feed carries the body once, as
 * content_html, as Gazette's does. Output sizes differ with what each writes:
 * Gazette's JSON Feed also carries tags and its _gazette extension. Runs in this
 * process, current code only;
 * renderers are interleaved iteration by iteration.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Feed } from 'feed'
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith'
import type { Article } from '../model.ts'
import { atomEnvelope, renderAtom } from '../render/atom.ts'
import { contentHtml } from '../render/content.ts'
import { atomUpdated } from '../render/dates.ts'
import type { Envelope, FeedDocument } from '../render/feed-model.ts'
import { jsonFeedEnvelope, renderJsonFeed } from '../render/json-feed.ts'
import { renderRss, rssEnvelope } from '../render/rss.ts'
import { readServedDir } from '../served/from-disk.ts'
import type { ItemFormat, ServedIndex } from '../served/index.ts'
import { loadItems } from '../served/item-packs.ts'
import type { ServedCatalog } from '../served/read.ts'
import type { Site } from '../worker/env.ts'
import { assembleKept } from '../worker/items.ts'
import { median, percentile, ratio } from './stats.ts'
import { type Cell, markdownTable } from './table.ts'

type Format = 'RSS 2.0' | 'Atom 1.0' | 'JSON Feed'
const FORMATS: Format[] = ['RSS 2.0', 'Atom 1.0', 'JSON Feed']
const SITE = 'https://gazette.example'

interface Contender {
  library: string
  format: Format
  render: (articles: Article[]) => Uint8Array | Promise<Uint8Array>
}

/**
 * How the Worker answers a filtered feed of these articles: the envelope
 * rendered, the build's kept items (src/served/index.ts) read from their item
 * packs, the site's values put in, the bytes put together (handlers/feeds.ts).
 * The packs are read from disk once, before timing (in Workers they are
 * asset fetches, I/O rather than CPU).
 */
export const SERVED = 'Gazette, kept items'

const utf8 = new TextEncoder()
/** A peer's document as the bytes a response carries. */
const bytes =
  (render: (articles: Article[]) => string) =>
  (articles: Article[]): Uint8Array =>
    utf8.encode(render(articles))

/** The newest `count` articles of a built site, as the Worker would load them. */
export function loadArticles(site: string, count: number): { articles: Article[]; index: ServedIndex; catalog: ServedCatalog } {
  const { index, catalog, articles } = readServedDir(site)
  return { articles: articles.slice(0, count), index, catalog }
}

const link = (a: Article) => `${SITE}/articles/${a.id}`

/** The site folder's files as the ASSETS binding serves them, each read once. */
function assetsFrom(site: string): Fetcher {
  const files = new Map<string, Uint8Array | null>()
  const read = (path: string) => {
    if (!files.has(path)) files.set(path, existsSync(join(site, path)) ? readFileSync(join(site, path)) : null)
    return files.get(path)!
  }
  return {
    fetch: async (input: Request | string) => {
      const bytes = read(decodeURIComponent(new URL(typeof input === 'string' ? input : input.url).pathname.slice(1)))
      return bytes ? new Response(bytes) : new Response(null, { status: 404 })
    },
  } as unknown as Fetcher
}

function contenders(index: ServedIndex, catalog: ServedCatalog, site: string): Contender[] {
  const channel = (articles: Article[]): FeedDocument => ({
      site: SITE,
      title: 'Gazette',
      publisher: 'Gazette',
      description: 'Curated news, grouped by topic.',
      language: 'en',
      selfUrl: `${SITE}/feed.xml`,
      pageUrl: `${SITE}/`,
      updated: articles[0]?.modified ?? '1970-01-01T00:00:00Z',
      articles,
      topics: index.topics,
    })
  const gazette = (render: (doc: FeedDocument) => Uint8Array) => (articles: Article[]) => render(channel(articles))
  const assets = assetsFrom(site)
  const served: Site = { url: SITE, title: 'Gazette', description: 'Curated news, grouped by topic.', language: 'en' }
  const kept = (format: ItemFormat, envelope: (doc: FeedDocument) => Envelope) => async (articles: Article[]) => {
    const items = await loadItems(assets, catalog, 'articles', format, articles.map((_, position) => position))
    return assembleKept(envelope(channel(articles)), items, served).body
  }
  const jpmonette = (articles: Article[]): Feed => {
    const feed = new Feed({
      id: `${SITE}/`,
      title: 'Gazette',
      description: 'Curated news, grouped by topic.',
      link: `${SITE}/`,
      language: 'en',
      updated: new Date(articles[0]?.modified ?? 0),
      generator: 'Gazette',
      feedLinks: { rss: `${SITE}/feed.xml`, atom: `${SITE}/atom.xml`, json: `${SITE}/feed.json` },
      author: { name: 'Gazette' },
    })
    for (const a of articles) {
      feed.addItem({
        title: a.title,
        id: a.guid,
        guid: a.guid,
        link: link(a),
        date: new Date(a.modified),
        published: new Date(a.published),
        description: a.summary,
        content: contentHtml(a.body),
        // feed's json1 reads the first author whenever the list is there, even empty
        ...(a.authors.length > 0 ? { author: a.authors.map((name) => ({ name })) } : {}),
        category: a.topics.map((name) => ({ name })),
      })
    }
    return feed
  }
  return [
    { library: 'Gazette', format: 'RSS 2.0', render: gazette(renderRss) },
    { library: 'Gazette', format: 'Atom 1.0', render: gazette(renderAtom) },
    { library: 'Gazette', format: 'JSON Feed', render: gazette(renderJsonFeed) },
    ...(index.items
      ? ([
          { library: SERVED, format: 'RSS 2.0', render: kept('rss', rssEnvelope) },
          { library: SERVED, format: 'Atom 1.0', render: kept('atom', (doc) => atomEnvelope(doc, doc.articles.map((a) => atomUpdated(a.modified, a.id)))) },
          { library: SERVED, format: 'JSON Feed', render: kept('json', jsonFeedEnvelope) },
        ] satisfies Contender[])
      : []),
    { library: 'feed', format: 'RSS 2.0', render: bytes((as) => jpmonette(as).rss2()) },
    { library: 'feed', format: 'Atom 1.0', render: bytes((as) => jpmonette(as).atom1()) },
    { library: 'feed', format: 'JSON Feed', render: bytes((as) => jpmonette(as).json1()) },
    {
      library: 'feedsmith',
      format: 'RSS 2.0',
      render: bytes((as) =>
        generateRssFeed({
          title: 'Gazette',
          link: `${SITE}/`,
          description: 'Curated news, grouped by topic.',
          language: 'en',
          generator: 'Gazette',
          lastBuildDate: new Date(as[0]?.modified ?? 0),
          atom: { links: [{ href: `${SITE}/feed.xml`, rel: 'self', type: 'application/rss+xml' }] },
          items: as.map((a) => ({
            title: a.title,
            link: link(a),
            description: a.summary,
            guid: { value: a.guid, isPermaLink: false },
            pubDate: new Date(a.published),
            categories: a.topics.map((name) => ({ name })),
            dc: { creators: a.authors },
            content: { encoded: contentHtml(a.body) },
          })),
        }),
      ),
    },
    {
      library: 'feedsmith',
      format: 'Atom 1.0',
      render: bytes((as) =>
        generateAtomFeed({
          id: `${SITE}/`,
          title: { value: 'Gazette' },
          updated: new Date(as[0]?.modified ?? 0),
          links: [{ href: `${SITE}/atom.xml`, rel: 'self' }, { href: `${SITE}/` }],
          authors: [{ name: 'Gazette' }],
          entries: as.map((a) => ({
            id: a.guid,
            title: { value: a.title },
            updated: new Date(a.modified),
            published: new Date(a.published),
            links: [{ href: link(a) }],
            authors: a.authors.map((name) => ({ name })),
            categories: a.topics.map((term) => ({ term })),
            summary: { value: a.summary, type: 'text' },
            content: { value: contentHtml(a.body), type: 'html' },
          })),
        }),
      ),
    },
    {
      library: 'feedsmith',
      format: 'JSON Feed',
      // feedsmith's JSON generator returns the object; the text is its JSON.
      render: bytes((as) =>
        JSON.stringify(generateJsonFeed({
          title: 'Gazette',
          home_page_url: `${SITE}/`,
          feed_url: `${SITE}/feed.json`,
          language: 'en',
          items: as.map((a) => ({
            id: a.guid,
            url: link(a),
            title: a.title,
            summary: a.summary,
            content_html: contentHtml(a.body),
            language: a.language,
            date_published: new Date(a.published),
            date_modified: new Date(a.modified),
            authors: a.authors.map((name) => ({ name })),
            tags: a.entities.map((e) => e.name),
          })),
        })),
      ),
    },
  ]
}

export interface RenderResult {
  library: string
  format: Format
  ms: number[]
  bytes: number
  error?: string
}

/**
 * The newest `items` articles rendered by every contender, interleaved.
 * The articles are the first positions of the index, so the kept items are
 * theirs; the kept-items bytes are checked against Gazette's rendering.
 */
export async function measureRenderers(site: string, items: number, iterations: number): Promise<RenderResult[]> {
  const { articles, index, catalog } = loadArticles(site, items)
  const all = contenders(index, catalog, site)
  const results: RenderResult[] = all.map((c) => ({ library: c.library, format: c.format, ms: [], bytes: 0 }))
  const last = new Map<string, Uint8Array>()
  for (let i = 0; i < iterations + 5; i++) {
    for (const [k, c] of all.entries()) {
      const r = results[k]!
      if (r.error) continue
      try {
        const t0 = performance.now()
        const body = await c.render(articles)
        const t = performance.now() - t0
        if (i >= 5) r.ms.push(t) // the first five warm up the JIT
        r.bytes = body.length
        last.set(`${c.library}\0${c.format}`, body)
      } catch (error) {
        r.error = (error as Error).message
      }
    }
  }
  for (const r of results.filter((r) => r.library === SERVED && !r.error)) {
    const rendered = last.get(`Gazette\0${r.format}`)
    const same = rendered !== undefined && Buffer.from(rendered).equals(last.get(`${SERVED}\0${r.format}`)!)
    if (!same) r.error = 'not the bytes Gazette renders'
  }
  return results
}

export function renderTable(results: RenderResult[]): string {
  const rows: Cell[][] = []
  for (const format of FORMATS) {
    const ofFormat = results.filter((r) => r.format === format)
    const fastestPeer = Math.min(...ofFormat.filter((r) => !r.library.startsWith('Gazette') && !r.error).map((r) => median(r.ms)))
    for (const r of ofFormat) {
      // Both ways round, so neither is misread: time as a share of the fastest peer's (below 1 is
      // faster), and speed as a multiple of it (the target, "≥ 2× the fastest peer").
      const time = ratio(median(r.ms), fastestPeer)
      rows.push([format, r.library, median(r.ms), percentile(r.ms, 99), time, ratio(1, time), r.bytes / 1024, r.error ? `error: ${r.error}` : ''])
    }
  }
  return markdownTable(['format', 'library', 'median (ms)', 'p99 (ms)', 'time / fastest peer', 'speed × fastest peer', 'output (KiB)', 'note'], rows)
}
