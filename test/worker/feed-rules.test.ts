import { describe, expect, it } from 'vitest'
import { atomViolations, jsonFeedViolations, rssViolations } from './feed-rules.ts'
import { get, ORIGIN, parseXml } from './client.ts'

/** Every feed route over every topic, plus filtered variants; the story feeds alone, by topic and filtered. */
const SCOPES = ['', '/topics/world', '/topics/economy', '/topics/science', '/topics/sport']
const QUERIES = ['', '?q=troops', '?exclude=science&since=2024-11-10&limit=2']
const STORY_QUERIES = ['', '?topic=world', '?topic=economy', '?topic=science', '?topic=sport', '?q=troops', '?exclude=economy&until=2024-11-12&limit=1']
const paths = (file: string) => [
  ...SCOPES.flatMap((s) => QUERIES.map((q) => `${s}/${file}${q}`)),
  ...STORY_QUERIES.map((q) => `/stories/${file}${q}`),
]

async function fetchText(path: string): Promise<string> {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  return res.text()
}

describe('W3C Feed Validation Service rules', () => {
  it.each(paths('feed.xml'))('RSS %s', async (path) => {
    expect(rssViolations(parseXml(await fetchText(path)).rss, ORIGIN + path)).toEqual([])
  })

  it.each(paths('atom.xml'))('Atom %s', async (path) => {
    expect(atomViolations(parseXml(await fetchText(path)).feed, ORIGIN + path)).toEqual([])
  })
})

describe('JSON Feed 1.1', () => {
  it.each(paths('feed.json'))('%s', async (path) => {
    expect(jsonFeedViolations(JSON.parse(await fetchText(path)), ORIGIN + path)).toEqual([])
  })
})

describe('the rule checks themselves catch what they name', () => {
  it('flags RSS faults', () => {
    const rss = parseXml(
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><link>http://x/</link><description>d</description>' +
        '<atom:link href="http://x/feed.xml" rel="self"/>' +
        '<item><title>a &lt;/b&gt;</title><link>/rel</link><description>&lt;script&gt;x&lt;/script&gt;</description>' +
        '<guid>urn:a</guid><pubDate>Mon, 12 Nov 2024 00:00:00 GMT</pubDate></item></channel></rss>',
    ).rss
    expect(rssViolations(rss, 'http://x/feed.xml?q=1')).toEqual([
      'SelfDoesntMatchLocation: http://x/feed.xml',
      'ContainsHTML: item 0 title',
      'InvalidPermalink: item 0',
      'InvalidFullLink: item 0 link',
      'IncorrectDOW: item 0 pubDate Mon, 12 Nov 2024 00:00:00 GMT',
      'SecurityRisk: item 0 description <script>',
    ])
  })

  it('flags Atom faults', () => {
    const entry = '<entry><id>urn:a</id><title type="text">x</title><updated>2024-11-12T00:00:00Z</updated><published>2024-11-12T00:00:00Z</published><summary type="text">&amp;amp;</summary><content type="html">x</content></entry>'
    const feed = parseXml(`<feed xmlns="http://www.w3.org/2005/Atom"><id>i</id><title>t</title><updated>2024-11-12T00:00:00Z</updated>${entry}${entry}</feed>`).feed
    expect(atomViolations(feed, 'http://x/atom.xml')).toEqual([
      'MissingDCLanguage',
      'MissingSelf',
      'MissingElement: entry 0 author',
      'ContainsUndeclaredHTML: entry 0 summary',
      'DuplicateEntries: entry 1',
      'DuplicateUpdated: entry 1 2024-11-12T00:00:00Z',
      'MissingElement: entry 1 author',
      'ContainsUndeclaredHTML: entry 1 summary',
    ])
  })

  it('flags markup outside the elements story entries may use', () => {
    const rss = parseXml(
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>http://x/</link><description>d</description>' +
        '<atom:link href="http://x/feed.xml" rel="self"/>' +
        '<item><title>a</title><link>http://x/a</link><description>&lt;ul&gt;&lt;li&gt;&lt;a href="/a"&gt;x&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;table&gt;&lt;/table&gt;</description>' +
        '<guid isPermaLink="false">urn:a</guid><pubDate>Tue, 12 Nov 2024 00:00:00 GMT</pubDate></item></channel></rss>',
    ).rss
    expect(rssViolations(rss, 'http://x/feed.xml')).toEqual(['SecurityRisk: item 0 description <table>', 'ContainsRelRef: item 0 description /a'])
  })

  it('flags JSON Feed faults', () => {
    const feed = { version: 'https://jsonfeed.org/version/1', title: '', items: [{ id: 1, date_published: '2024-11-12' }] }
    expect(jsonFeedViolations(feed, 'http://x/feed.json')).toEqual([
      'version',
      'title (required)',
      'feed_url undefined is not http://x/feed.json',
      'home_page_url',
      'items[0].id (required string)',
      'items[0] needs content_html or content_text',
      'items[0].date_published',
    ])
  })
})
