import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

async function jsonFeed(path: string) {
  const res = await get(path)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8')
  return (await res.json()) as any
}

describe('JSON Feed 1.1 /feed.json', () => {
  it('has the 1.1 top-level fields', async () => {
    const feed = await jsonFeed('/feed.json')
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Gazette')
    expect(feed.home_page_url).toBe('http://gazette.test/')
    expect(feed.feed_url).toBe('http://gazette.test/feed.json')
    expect(feed.description).toBe('Curated news, grouped by topic.')
    expect(feed.language).toBe('en')
    expect(feed.authors).toEqual([{ name: 'Gazette', url: 'http://gazette.test/' }])
    expect(feed.items).toHaveLength(5)
  })

  it('writes an item with every field and the _gazette extension', async () => {
    const [nk] = (await jsonFeed('/feed.json')).items
    expect(nk).toEqual({
      id: 'urn:uuid:00000000-0000-4000-8000-0a0000000001',
      url: 'http://gazette.test/articles/0a0000000001',
      external_url: 'https://example.com/news/nk-russia?id=1&ref=rss',
      title: 'North Korea & Russia sign "strategic" <pact> 🚀',
      summary: "The treaty took effect on Wednesday. Officials called it a 'new era' & more.",
      content_html:
        '<p>The treaty took effect on Wednesday.</p>\n<h2>Troops &amp; &quot;ratification&quot;</h2>\n' +
        '<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>\n' +
        '<p><a href="https://example.com/news/nk-russia?id=1&amp;ref=rss">Read at Yonhap News</a></p>',
      date_published: '2024-11-13T09:30:00Z',
      date_modified: '2024-11-14T08:00:00Z',
      authors: [{ name: 'Daniel Kim' }],
      tags: ['North Korea', 'Russia', 'Kim Jong Kyu'],
      language: 'en',
      _gazette: {
        about: 'http://gazette.test/api',
        id: '0a0000000001',
        topics: ['world', 'economy'],
        story: 'st0000000001',
        source: 'Yonhap News',
        seed: '0a0000000001.txt',
        duplicates: ['nk-copy.txt'],
        outlets: ['Yonhap News', 'Korea Herald'],
        word_count: 17,
      },
    })
  })

  it('carries the body once, as content_html (JSON Feed 1.1: "one or both must be present")', async () => {
    const items = (await jsonFeed('/feed.json')).items
    for (const item of items) {
      expect(item.content_html).toEqual(expect.stringMatching(/^<p>/))
      expect('content_text' in item).toBe(false)
    }
  })

  it('leaves out external_url when the original is not an http(s) URL, and authors when there are none', async () => {
    const cafe = (await jsonFeed('/feed.json')).items[1]
    expect(cafe.id).toBe('urn:uuid:00000000-0000-4000-8000-0a0000000002')
    expect('external_url' in cafe).toBe(false)
    expect('authors' in cafe).toBe(false)
    expect(cafe.language).toBe('de')
    expect(cafe.tags).toEqual([])
  })

  it('serves one topic with its own URLs', async () => {
    const feed = await jsonFeed('/topics/economy/feed.json')
    expect(feed.title).toBe('Gazette: Economy & Markets')
    expect(feed.feed_url).toBe('http://gazette.test/topics/economy/feed.json')
    expect(feed.home_page_url).toBe('http://gazette.test/topics/economy')
    expect(feed.items.map((i: any) => i._gazette.id)).toEqual(['0a0000000001', '0a0000000002'])
  })
})
