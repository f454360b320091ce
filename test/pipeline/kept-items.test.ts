/**
 * Kept items (src/served/index.ts): a filtered feed or list answered from
 * the items the build rendered is byte for byte the one the app renders
 * from the articles and stories, for every format, filter and site; and the item packs
 * say where each item and each of the site's values are.
 */
import { describe, expect, it } from 'vitest'
import { jsonEnvelope } from '../../src/render/feed-model.ts'
import { indexPath, ITEM_FORMATS, ITEM_PACK_SIZE, type ItemPackHeader, itemPackPath, type ServedIndex } from '../../src/served/index.ts'
import { assetsOver, type ServedFile, servedFiles } from '../../src/served/write.ts'
import { app } from '../../src/worker/app.ts'
import type { Env } from '../../src/worker/env.ts'
import { FIXTURE_CATALOG } from '../fixtures/catalog/catalog.ts'
import { manyArticles } from '../fixtures/catalog/many.ts'

/**
 * The same files with the index saying no items (and so no topic groups)
 * were kept: the Worker renders every item, and a topic filter looks at
 * every position rather than at its topic group's.
 */
function withoutItems(files: Map<string, ServedFile>): Map<string, ServedFile> {
  const { topicGroups: _, ...index } = JSON.parse(files.get(indexPath()) as string) as ServedIndex
  return new Map([...files, [indexPath(), JSON.stringify({ ...index, items: false })]])
}

// In canonical order (others redirect). Topic routes (/topics/{slug}/…) take every filter but `topic`.
const TOPIC_QUERIES = ['?exclude=economy', '?q=prices', '?since=2024-02-01&until=2024-03-15', '?limit=100', '?q=nowhere']
const LIST_QUERIES = [...TOPIC_QUERIES, '?topic=economy', '?topic=world&limit=3', '?topic=sport', '?topic=science,sport&limit=100', '?topic=economy,science&exclude=sport&limit=100']

/** The answer at a URL, after the redirect to its canonical query if there is one. */
async function get(url: string, env: Env): Promise<Response> {
  const response = await app.fetch(new Request(url), env)
  const location = response.headers.get('Location')
  return response.status === 301 && location ? app.fetch(new Request(new URL(location, url)), env) : response
}
const LIST_PATHS = ['/feed.xml', '/atom.xml', '/feed.json', '/api/articles', '/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json', '/api/stories']
const TOPIC_PATHS = ['/topics/economy/feed.xml', '/topics/world/atom.xml', '/topics/science/feed.json']
const SITES = [
  { origin: 'http://gazette.test', vars: {} },
  { origin: 'http://127.0.0.1:8787', vars: { SITE_URL: 'https://news.example.org/zürich', SITE_TITLE: 'Gazette Zürich ✓' } },
]

describe('kept items', () => {
  for (const [name, catalog] of [
    ['the fixture catalog', FIXTURE_CATALOG],
    ['150 articles', manyArticles()],
    [`${ITEM_PACK_SIZE * 2 + 88} articles in three item packs, each topic in its own`, manyArticles(ITEM_PACK_SIZE * 2 + 88)],
  ] as const) {
    it(`answer filtered feeds and lists byte for byte as rendering does, over ${name}`, async () => {
      const files = await servedFiles(catalog)
      expect((JSON.parse(files.get(indexPath()) as string) as ServedIndex).items).toBe(true)
      const rendered = withoutItems(files)
      const urls = [
        ...LIST_PATHS.flatMap((path) => LIST_QUERIES.map((query) => path + query)),
        ...TOPIC_PATHS.flatMap((path) => TOPIC_QUERIES.map((query) => path + query)),
      ]
      // The second page of a list, through its cursor.
      for (const list of ['/api/articles', '/api/stories']) {
        const first = await app.fetch(new Request(`http://gazette.test${list}?limit=1`), { ASSETS: assetsOver(files) })
        const cursor = ((await first.json()) as { next_cursor: string | null }).next_cursor
        if (cursor) urls.push(`${list}?limit=1&cursor=${encodeURIComponent(cursor)}`)
      }
      for (const site of SITES) {
        for (const url of urls) {
          const a = await get(site.origin + url, { ASSETS: assetsOver(files), ...site.vars })
          const b = await get(site.origin + url, { ASSETS: assetsOver(rendered), ...site.vars })
          expect(a.status, url).toBe(200)
          expect(await a.text(), url).toBe(await b.text())
          // The ETag of kept items is made from their digests, not the body: another value, as strong (see below).
          for (const header of ['Content-Type', 'Last-Modified']) expect(a.headers.get(header), `${url} ${header}`).toBe(b.headers.get(header))
        }
      }
    })
  }

  it('give an ETag that a conditional request matches, and that changes exactly when the answer does', async () => {
    const catalog = manyArticles()
    const env: Env = { ASSETS: assetsOver(await servedFiles(catalog)) }
    const etagOf = async (url: string, e: Env = env) => (await app.fetch(new Request(`http://gazette.test${url}`), e)).headers.get('ETag')!
    const science = await etagOf('/feed.json?topic=science')
    const economy = await etagOf('/feed.json?topic=economy')
    expect(science).toMatch(/^"[\w-]+"$/)
    expect(await etagOf('/feed.json?topic=science')).toBe(science)
    expect(economy).not.toBe(science)
    const again = await app.fetch(new Request('http://gazette.test/feed.json?topic=science', { headers: { 'If-None-Match': science } }), env)
    expect(again.status).toBe(304)
    expect(await etagOf('/feed.json?topic=science', { ...env, SITE_TITLE: 'Another' })).not.toBe(science)
    // An edit to the newest economy article (id0148): the economy feed changes, the science feed does not.
    catalog.articles[148]!.summary = 'Prices held.'
    const edited: Env = { ASSETS: assetsOver(await servedFiles(catalog)) }
    expect(await etagOf('/feed.json?topic=economy', edited)).not.toBe(economy)
    expect(await etagOf('/feed.json?topic=science', edited)).toBe(science)
  })

  it('are rendered per request when a configured value needs escaping, and when fields are picked', async () => {
    const files = await servedFiles(manyArticles())
    const env = { ASSETS: assetsOver(files), SITE_URL: 'https://news.example.org/?a=1&b=2' } as Env
    const feed = await (await app.fetch(new Request('http://x.test/feed.xml?topic=science&limit=2'), env)).text()
    // The item links carry the escaped value, which a kept item (filled byte for byte) could not.
    expect(feed).toContain('<link>https://news.example.org/?a=1&amp;b=2/articles/id0149</link>')
    const list = (await (await app.fetch(new Request('http://x.test/api/articles?limit=1&fields=id,title'), { ASSETS: assetsOver(files) })).json()) as {
      items: object[]
    }
    expect(list.items).toEqual([{ id: 'id0149', title: 'Report 149 on prices & "trade"' }])
  })

  it('are packed per format, ITEM_PACK_SIZE to a file, each item and each site value at its byte offset', async () => {
    const files = await servedFiles(manyArticles(ITEM_PACK_SIZE * 2 + 88))
    for (const format of ITEM_FORMATS) for (const pack of [0, 1]) expect(files.has(itemPackPath('articles', format, pack)), `${format} ${pack}`).toBe(true)
    expect(files.has(itemPackPath('articles', 'rss', 2))).toBe(false)
    // Counted from the oldest: pack 0 holds id0255 … id0000 (newest first); pack 1, the newest, holds
    // the remainder too: 256 + 88 = 344 (id0599 … id0256).
    const oldest = files.get(itemPackPath('articles', 'api', 0)) as string
    expect((JSON.parse(oldest.slice(0, oldest.indexOf('\n'))) as ItemPackHeader).items).toHaveLength(ITEM_PACK_SIZE)
    expect(oldest.slice(oldest.indexOf('\n') + 1)).toMatch(/^\{"id":"id0255",/)
    const text = files.get(itemPackPath('articles', 'api', 1)) as string
    const newline = text.indexOf('\n')
    const header = JSON.parse(text.slice(0, newline)) as ItemPackHeader
    expect(header.items).toHaveLength(344)
    const bytes = new TextEncoder().encode(text.slice(newline + 1))
    expect(header.end).toBe(bytes.length)
    // The newest article (id0599) comes first; its item begins {"id":"id0599","url":" and the site's URL goes right there.
    const prefix = '{"id":"id0599","url":"'
    expect(header.items[0]!.slice(0, 2)).toEqual([0, [[prefix.length, 'url']]])
    expect(header.items[0]![2]).toMatch(/^[0-9a-f]{24}$/)
    const second = header.items[1]![0]
    expect(new TextDecoder().decode(bytes.subarray(0, second))).toMatch(/^\{"id":"id0599","url":"\/articles\/id0599",/)
    expect(new TextDecoder().decode(bytes.subarray(second, second + 14))).toBe('{"id":"id0598"')
  })

  it('are not kept when article text holds a token character', async () => {
    const odd = manyArticles()
    odd.articles[7]!.title = 'A private-use \uE000 character'
    const files = await servedFiles(odd)
    expect((JSON.parse(files.get(indexPath()) as string) as ServedIndex).items).toBe(false)
    expect([...files.keys()].some((path) => path.startsWith('catalog/items/'))).toBe(false)
    // And the filtered answers still render.
    const response = await app.fetch(new Request('http://gazette.test/api/articles?topic=science&limit=1'), { ASSETS: assetsOver(files) })
    expect(((await response.json()) as { items: { id: string }[] }).items[0]!.id).toBe('id0149')
  })
})

describe('jsonEnvelope', () => {
  it.each([
    [{ items: [], next_cursor: null, total: 2 }, '{"items":[', '],"next_cursor":null,"total":2}'],
    [{ version: '1.1', items: [] }, '{"version":"1.1","items":[', ']}'],
  ] as const)('opens %j at its items', (value, head, tail) => {
    expect(jsonEnvelope(value as never)).toEqual({ head, separator: ',', tail })
  })

  it('refuses items in the middle', () => {
    expect(() => jsonEnvelope({ a: 1, items: [], b: 2 } as never)).toThrow(/first or the last/)
  })
})
