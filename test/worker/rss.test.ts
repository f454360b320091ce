import { describe, expect, it } from 'vitest'
import { get, parseXml } from './client.ts'

async function rss(path: string) {
  const res = await get(path)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8')
  return parseXml(await res.text()).rss
}

describe('RSS 2.0 /feed.xml', () => {
  it('describes the channel, dated by the newest article', async () => {
    const feed = await rss('/feed.xml')
    expect(feed['@version']).toBe('2.0')
    expect(feed['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/')
    expect(feed['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    const ch = feed.channel
    expect(ch.title).toBe('Gazette')
    expect(ch.link).toBe('http://gazette.test/')
    expect(ch.description).toBe('Curated news, grouped by topic.')
    expect(ch.language).toBe('en')
    // The newest `modified` (NK, updated on the 14th), not the clock.
    expect(ch.lastBuildDate).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
    expect(ch['atom:link']).toEqual([{ '@href': 'http://gazette.test/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' }])
  })

  it('lists every article newest first, ties broken by id', async () => {
    const items = (await rss('/feed.xml')).channel.item
    expect(items.map((i: any) => i.link)).toEqual([
      'http://gazette.test/articles/0a0000000001',
      'http://gazette.test/articles/0a0000000002',
      'http://gazette.test/articles/0a0000000003',
      'http://gazette.test/articles/0a0000000004',
      'http://gazette.test/articles/0a0000000005',
    ])
    expect(items.map((i: any) => i.pubDate)).toEqual([
      'Wed, 13 Nov 2024 09:30:00 GMT',
      'Tue, 12 Nov 2024 00:00:00 GMT',
      'Tue, 12 Nov 2024 00:00:00 GMT',
      'Sun, 10 Nov 2024 15:00:00 GMT',
      'Fri, 01 Nov 2024 08:00:00 GMT',
    ])
  })

  it('writes an item with plain-text title, HTML summary and content, creators, categories, guid', async () => {
    const [nk] = (await rss('/feed.xml')).channel.item
    expect(nk.title).toBe('North Korea & Russia sign "strategic" <pact> 🚀')
    // description is HTML: the summary's text is HTML-escaped inside it, so a reader shows it verbatim.
    expect(nk.description).toBe('The treaty took effect on Wednesday. Officials called it a &#39;new era&#39; &amp; more.')
    expect(nk['content:encoded']).toBe(
      '<p>The treaty took effect on Wednesday.</p>\n' +
        '<h2>Troops &amp; &quot;ratification&quot;</h2>\n' +
        // U+0001 removed; the script is text, not markup.
        '<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>\n' +
        // Where to read the original, named after its outlet.
        '<p><a href="https://example.com/news/nk-russia?id=1&amp;ref=rss">Read at Yonhap News</a></p>',
    )
    expect(nk['dc:creator']).toEqual(['Daniel Kim'])
    expect(nk.category).toEqual(['World', 'Economy & Markets'])
    expect(nk.guid).toEqual({ '#text': 'urn:uuid:00000000-0000-4000-8000-0a0000000001', '@isPermaLink': 'false' })
  })

  it('puts description before content:encoded in every item', async () => {
    const text = await (await get('/feed.xml')).text()
    for (const item of text.split('<item>').slice(1)) {
      expect(item.indexOf('<description>')).toBeGreaterThan(-1)
      expect(item.indexOf('<description>')).toBeLessThan(item.indexOf('<content:encoded>'))
    }
  })

  it('has no dc:creator for an article without authors', async () => {
    const items = (await rss('/feed.xml')).channel.item
    expect(items[1]['dc:creator']).toBeUndefined()
    expect(items[2]['dc:creator']).toEqual(['Ana Müller', 'Li Wei'])
  })

  it('carries the query in the self link and in the channel link', async () => {
    const ch = (await rss('/feed.xml?topic=economy,world&exclude=science&since=2024-11-11&limit=2')).channel
    expect(ch['atom:link'][0]['@href']).toBe('http://gazette.test/feed.xml?topic=economy,world&exclude=science&since=2024-11-11&limit=2')
    expect(ch.link).toBe('http://gazette.test/?topic=economy,world&exclude=science&since=2024-11-11&limit=2')
    expect(ch.item.map((i: any) => i.title)).toEqual(['North Korea & Russia sign "strategic" <pact> 🚀', 'Zürich café prices rise for the élite'])
  })
})

describe('RSS 2.0 /topics/{slug}/feed.xml', () => {
  it('holds only the topic, titled and described by it', async () => {
    const ch = (await rss('/topics/world/feed.xml')).channel
    expect(ch.title).toBe('Gazette: World')
    expect(ch.description).toBe('International news and diplomacy.')
    expect(ch.link).toBe('http://gazette.test/topics/world')
    expect(ch['atom:link'][0]['@href']).toBe('http://gazette.test/topics/world/feed.xml')
    expect(ch.item.map((i: any) => i.guid['#text'].slice(-2))).toEqual(['01', '04', '05'])
  })

  it('is a valid empty channel for a topic without articles, dated by the catalog', async () => {
    const ch = (await rss('/topics/sport/feed.xml')).channel
    expect(ch.item).toBeUndefined()
    expect(ch.lastBuildDate).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
  })
})

describe('filtered feed titles', () => {
  it.each([
    ['/feed.xml?topic=economy,world', 'Gazette (Economy & Markets or World)'],
    ['/topics/world/feed.xml?exclude=economy&q=troops', 'Gazette: World (without Economy & Markets; “troops”)'],
    ['/feed.xml?since=2024-11-01&until=2024-11-12T08:00:00Z', 'Gazette (since 2024-11-01; until 2024-11-12T08:00:00Z)'],
    ['/feed.xml?limit=3', 'Gazette'],
  ])('%s is titled %s', async (path, title) => {
    expect((await rss(path)).channel.title).toBe(title)
  })
})
