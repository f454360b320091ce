import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

async function json(path: string, status = 200) {
  const res = await get(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
  return (await res.json()) as any
}

describe('/api/articles', () => {
  it('answers {items, next_cursor, total} with every API field', async () => {
    const body = await json('/api/articles')
    expect(Object.keys(body)).toEqual(['items', 'next_cursor', 'total'])
    expect(body.total).toBe(5)
    expect(body.next_cursor).toBeNull()
    expect(body.items[0]).toEqual({
      id: '0a0000000001',
      url: 'http://gazette.test/articles/0a0000000001',
      external_url: 'https://example.com/news/nk-russia?id=1&ref=rss',
      title: 'North Korea & Russia sign "strategic" <pact> 🚀',
      summary: "The treaty took effect on Wednesday. Officials called it a 'new era' & more.",
      content_text: 'The treaty took effect on Wednesday.\n\nTroops & "ratification"\n\nAbout 11,000 troops were sent. <script>alert("x")</script> 🚀',
      content_html:
        '<p>The treaty took effect on Wednesday.</p>\n<h2>Troops &amp; &quot;ratification&quot;</h2>\n' +
        '<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>',
      authors: ['Daniel Kim'],
      source: 'Yonhap News',
      date_published: '2024-11-13T09:30:00Z',
      date_modified: '2024-11-14T08:00:00Z',
      topics: ['world', 'economy'],
      tags: ['North Korea', 'Russia', 'Kim Jong Kyu'],
      seed: '0a0000000001.txt',
      duplicates: ['nk-copy.txt'],
      outlets: ['Yonhap News', 'Korea Herald'],
      story: 'st0000000001',
      word_count: 17,
      language: 'en',
    })
    expect(body.items[1].external_url).toBeNull() // javascript: is not an original
    expect(body.items[1].source).toBeNull()
    // Every article carries the id of its story, or null.
    expect(body.items.map((i: any) => i.story)).toEqual(['st0000000001', null, 'st0000000002', 'st0000000001', 'st0000000002'])
  })

  it('pages with cursor until next_cursor is null, without repeats or gaps', async () => {
    const seen: string[] = []
    let path = '/api/articles?limit=2'
    const totals: number[] = []
    for (let page = 0; page < 5; page++) {
      const body = await json(path)
      seen.push(...body.items.map((i: any) => i.id))
      totals.push(body.total)
      if (body.next_cursor === null) break
      path = `/api/articles?limit=2&cursor=${body.next_cursor}`
    }
    expect(seen).toEqual(['0a0000000001', '0a0000000002', '0a0000000003', '0a0000000004', '0a0000000005'])
    expect(totals).toEqual([5, 5, 5])
  })

  it('rejects a cursor it did not give out', async () => {
    const body = await json('/api/articles?cursor=bm90LWEtY3Vyc29y', 400)
    expect(body).toEqual({ status: 400, error: 'Bad Request', parameter: 'cursor', message: 'cursor: not a cursor this API gave out' })
  })
})

describe('/api/articles/{id}', () => {
  it('answers one article', async () => {
    const body = await json('/api/articles/0a0000000003')
    expect(body.title).toBe('Telescope spots a distant galaxy 🌌')
    expect(body.authors).toEqual(['Ana Müller', 'Li Wei'])
    expect(body.tags).toEqual(['James Webb Space Telescope'])
    expect(body.story).toBe('st0000000002')
  })

  it('answers 404 in JSON for an unknown id', async () => {
    expect(await json('/api/articles/ffffffffffff', 404)).toEqual({ status: 404, error: 'Not Found', message: 'no article with id "ffffffffffff"' })
  })
})

describe('/api/topics', () => {
  it('lists every topic with its count and feed URLs', async () => {
    const { items } = await json('/api/topics')
    expect(items.map((t: any) => [t.slug, t.count])).toEqual([
      ['world', 3],
      ['economy', 2],
      ['science', 2],
      ['sport', 0],
    ])
    expect(items[1]).toEqual({
      slug: 'economy',
      title: 'Economy & Markets',
      description: 'Prices, trade & jobs.',
      count: 2,
      url: 'http://gazette.test/topics/economy',
      feeds: {
        rss: 'http://gazette.test/topics/economy/feed.xml',
        atom: 'http://gazette.test/topics/economy/atom.xml',
        json: 'http://gazette.test/topics/economy/feed.json',
      },
      api: 'http://gazette.test/api/articles?topic=economy',
    })
  })
})

describe('/api and /healthz', () => {
  it('documents every parameter from the schema', async () => {
    const body = await json('/api')
    expect(body.parameters.map((p: any) => p.name)).toEqual(['topic', 'exclude', 'q', 'since', 'until', 'limit', 'cursor', 'fields', 'theme', 'summary', 'compact'])
    expect(body.routes.map((r: any) => r.path)).toContain('/topics/{slug}/atom.xml')
  })

  it('reports the catalog version', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as any
    expect(body.status).toBe('ok')
    expect(body.articles).toBe(5)
    expect(body.version).toMatch(/^[0-9a-f]{20}$/)
  })
})
