import { describe, expect, it } from 'vitest'
import { get, parseXml } from './client.ts'

async function fetchFeed(path: string, type: string): Promise<string> {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`)
  return res.text()
}

const rss = async (path: string) => parseXml(await fetchFeed(path, 'application/rss+xml')).rss
const atom = async (path: string) => parseXml(await fetchFeed(path, 'application/atom+xml')).feed
const jsonFeed = async (path: string) => JSON.parse(await fetchFeed(path, 'application/feed+json'))

const PACT_GUID = 'urn:uuid:00000000-0000-4000-9000-000000000001'
const SCIENCE_GUID = 'urn:uuid:00000000-0000-4000-9000-000000000002'
const DESCRIPTION = 'Events reported in several articles, each with one summary drawn from all of them and the figures they report, each with who gives it.'

/** The pact story's entry body, as HTML: summary, every article linked (page and original) with outlet and date, the claim. */
const PACT_HTML =
  "<p>Thousands of troops moved overnight. The treaty took effect on Wednesday &amp; officials called it a &#39;new era&#39;.</p>\n" +
  '<p>Reported in 2 articles:</p>\n' +
  '<ul>\n' +
  '<li><a href="http://gazette.test/articles/0a0000000001">North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀</a>' +
  ' — Yonhap News · 13 November 2024 (<a href="https://example.com/news/nk-russia?id=1&amp;ref=rss">Read at Yonhap News</a>)</li>\n' +
  '<li><a href="http://gazette.test/articles/0a0000000004">Troops move near the border</a>' +
  ' — Reuters · 10 November 2024 (<a href="https://example.org/troops">Read at Reuters</a>)</li>\n' +
  '</ul>\n' +
  '<p>Figures reported: troops — some 3,000 in Kursk on 4 November 2024 (the US, via Reuters); about 11,000 (Yonhap News).</p>'

/** No claims, no originals. */
const SCIENCE_HTML =
  '<p>Delegates from 190 countries met. Astronomers saw light from 13 billion years ago.</p>\n' +
  '<p>Reported in 2 articles:</p>\n' +
  '<ul>\n' +
  '<li><a href="http://gazette.test/articles/0a0000000003">Telescope spots a distant galaxy 🌌</a> — Science Daily · 12 November 2024</li>\n' +
  '<li><a href="http://gazette.test/articles/0a0000000005">Climate summit opens in Baku</a> — AP · 1 November 2024</li>\n' +
  '</ul>'

describe('RSS 2.0 /stories/feed.xml', () => {
  it('describes the channel, dated by the latest report of the newest story', async () => {
    const ch = (await rss('/stories/feed.xml')).channel
    expect(ch.title).toBe('Gazette: Stories')
    expect(ch.link).toBe('http://gazette.test/stories')
    expect(ch.description).toBe(DESCRIPTION)
    expect(ch.lastBuildDate).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
    expect(ch['atom:link']).toEqual([{ '@href': 'http://gazette.test/stories/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' }])
  })

  it('writes one item per story: title, story link, HTML summary and content, topics, stable guid, latest date', async () => {
    const [pact, science] = (await rss('/stories/feed.xml')).channel.item
    // toMatchObject: the parser also keeps the newlines between elements as text.
    expect(pact).toMatchObject({
      title: 'North Korea & Russia: a "strategic" <pact>, and troops on the move',
      link: 'http://gazette.test/stories/st0000000001',
      description: 'Thousands of troops moved overnight. The treaty took effect on Wednesday &amp; officials called it a &#39;new era&#39;.',
      'content:encoded': PACT_HTML,
      category: ['World', 'Economy & Markets'],
      guid: { '#text': PACT_GUID, '@isPermaLink': 'false' },
      pubDate: 'Wed, 13 Nov 2024 09:30:00 GMT',
    })
    // …and nothing else: no dc:creator (a story is Gazette's), one date.
    expect(Object.keys(pact).filter((k) => k !== '#text')).toEqual(['title', 'link', 'description', 'content:encoded', 'category', 'guid', 'pubDate'])
    expect(science['content:encoded']).toBe(SCIENCE_HTML)
    expect(science.guid['#text']).toBe(SCIENCE_GUID)
    expect(science.pubDate).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
  })

  it('filters by topic like the article feeds, saying so in the title and links', async () => {
    const ch = (await rss('/stories/feed.xml?topic=science')).channel
    expect(ch.title).toBe('Gazette: Stories (Science)')
    expect(ch.link).toBe('http://gazette.test/stories?topic=science')
    expect(ch['atom:link'][0]['@href']).toBe('http://gazette.test/stories/feed.xml?topic=science')
    expect(ch.item.map((i: any) => i.guid['#text'])).toEqual([SCIENCE_GUID])
    expect(ch.lastBuildDate).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
  })

  it('is a valid empty channel when no story matches, dated by the newest story', async () => {
    const ch = (await rss('/stories/feed.xml?topic=sport')).channel
    expect(ch.item).toBeUndefined()
    expect(ch.lastBuildDate).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
  })
})

describe('Atom 1.0 /stories/atom.xml', () => {
  it('has the feed elements and one entry per story, first and latest report as published and updated', async () => {
    const feed = await atom('/stories/atom.xml')
    expect(feed.id).toBe('http://gazette.test/stories/atom.xml')
    expect(feed.title).toEqual({ '#text': 'Gazette: Stories', '@type': 'text' })
    expect(feed.subtitle).toEqual({ '#text': DESCRIPTION, '@type': 'text' })
    // The pact story's dateEnd plus its id-derived sub-second tiebreaker (see atomUpdated).
    expect(feed.updated).toBe('2024-11-13T09:30:00.000000001Z')
    expect(feed.author).toEqual([{ name: 'Gazette', uri: 'http://gazette.test/' }])
    expect(feed.link).toEqual([
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': 'http://gazette.test/stories/atom.xml' },
      { '@rel': 'alternate', '@type': 'text/html', '@href': 'http://gazette.test/stories' },
    ])
    const [pact, science] = feed.entry
    expect(pact).toMatchObject({
      id: PACT_GUID,
      title: { '#text': 'North Korea & Russia: a "strategic" <pact>, and troops on the move', '@type': 'text' },
      link: [{ '@rel': 'alternate', '@type': 'text/html', '@href': 'http://gazette.test/stories/st0000000001' }],
      published: '2024-11-10T15:00:00Z',
      updated: '2024-11-13T09:30:00.000000001Z',
      category: [
        { '@term': 'world', '@label': 'World', '@scheme': 'http://gazette.test/topics/' },
        { '@term': 'economy', '@label': 'Economy & Markets', '@scheme': 'http://gazette.test/topics/' },
      ],
      summary: { '#text': "Thousands of troops moved overnight. The treaty took effect on Wednesday & officials called it a 'new era'.", '@type': 'text' },
      content: { '#text': PACT_HTML, '@type': 'html' },
    })
    // No author of its own: the entry is Gazette's, the feed's author (RFC 4287 §4.1.1).
    expect(Object.keys(pact).filter((k) => k !== '#text')).toEqual(['id', 'title', 'link', 'published', 'updated', 'category', 'summary', 'content'])
    expect(science.id).toBe(SCIENCE_GUID)
    expect(science.published).toBe('2024-11-01T08:00:00Z')
    expect(science.updated).toBe('2024-11-12T00:00:00.000000002Z')
  })

  it('keeps each story’s id whatever the filter', async () => {
    const feed = await atom('/stories/atom.xml?exclude=economy&since=2024-11-01')
    expect(feed.title['#text']).toBe('Gazette: Stories (without Economy & Markets; since 2024-11-01)')
    expect(feed.entry.map((e: any) => e.id)).toEqual([SCIENCE_GUID])
  })
})

describe('JSON Feed 1.1 /stories/feed.json', () => {
  it('has the top-level fields and one item per story with content, dates and the _gazette extension', async () => {
    const feed = await jsonFeed('/stories/feed.json')
    expect(feed.title).toBe('Gazette: Stories')
    expect(feed.home_page_url).toBe('http://gazette.test/stories')
    expect(feed.feed_url).toBe('http://gazette.test/stories/feed.json')
    expect(feed.description).toBe(DESCRIPTION)
    expect(feed.items[0]).toEqual({
      id: PACT_GUID,
      url: 'http://gazette.test/stories/st0000000001',
      title: 'North Korea & Russia: a "strategic" <pact>, and troops on the move',
      summary: "Thousands of troops moved overnight. The treaty took effect on Wednesday & officials called it a 'new era'.",
      content_html: PACT_HTML,
      date_published: '2024-11-10T15:00:00Z',
      date_modified: '2024-11-13T09:30:00Z',
      _gazette: {
        about: 'http://gazette.test/api',
        id: 'st0000000001',
        topics: ['world', 'economy'],
        articles: ['0a0000000001', '0a0000000004'],
        sources: ['Reuters', 'Yonhap News'],
        unnamed_sources: 0,
        api: 'http://gazette.test/api/stories/st0000000001',
      },
    })
    expect(feed.items[1].content_html).toBe(SCIENCE_HTML)
  })

  it('searches stories through their articles', async () => {
    const feed = await jsonFeed('/stories/feed.json?q=routine')
    expect(feed.title).toBe('Gazette: Stories (“routine”)')
    expect(feed.items.map((i: any) => i._gazette.id)).toEqual(['st0000000001'])
  })
})

describe('story feed errors', () => {
  it.each([
    ['/stories/feed.xml?cursor=abc', 'cursor', 'cursor: not accepted on this route'],
    ['/stories/atom.xml?topic=weather', 'topic', 'topic: unknown topic "weather"'],
    ['/stories/feed.json?limit=500', 'limit', 'limit: must be a whole number from 1 to 100'],
  ])('%s answers 400 in JSON naming %s', async (path, parameter, message) => {
    const res = await get(path)
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toMatchObject({ status: 400, error: 'Bad Request', parameter, message })
  })

  it('answers 404 in JSON for a feed that does not exist under /stories', async () => {
    const res = await get('/stories/st0000000001/feed.xml')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
  })
})
