import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { FeedItem } from '../../../src/model.ts'
import { parseFeedDate } from '../../../src/sources/dates.ts'
import { decodeFeedBytes } from '../../../src/sources/encoding.ts'
import { parseFeed } from '../../../src/sources/parse.ts'

const FIXTURES = join(import.meta.dirname, '../../fixtures/feeds')
const fixture = (name: string) => readFileSync(join(FIXTURES, name))
const FEED_URL = 'https://feeds.example.org/dir/feed'

/** An item with neutral values under `fields`, so each case states only what it pins. */
const item = (fields: Partial<FeedItem>): FeedItem => ({
  key: '',
  guid: null,
  url: null,
  title: '',
  contentHtml: '',
  summaryHtml: null,
  authors: [],
  published: null,
  modified: null,
  imageUrl: null,
  categories: [],
  ...fields,
})

describe('parseFeed: every format, every field', () => {
  it.each([
    [
      'RSS 2.0: CDATA title with markup, relative link against the channel link, content:encoded over description, two dc:creators, media:thumbnail; an isPermaLink guid, escaped HTML, RSS author, EST, image enclosure',
      'rss2.xml',
      { format: 'rss', version: '2.0', title: 'Harbour & Hill News', siteUrl: 'https://news.example.org/', language: 'en-gb', updated: '2024-11-12T08:00:00Z' },
      [
        item({
          key: 'hh-1001',
          guid: 'hh-1001',
          url: 'https://news.example.org/2024/11/ferry-timetable?utm_source=rss&id=7',
          title: 'Ferry timetable changes from Monday',
          contentHtml: '<p>The 7:15 ferry will leave at 7:40 from Monday.</p><p>Tickets stay the same price &amp; valid.</p>',
          summaryHtml: 'Short version \u2013 the 7:15 moves.',
          authors: ['Ana Ribeiro', 'Tom Okafor'],
          published: '2024-11-11T08:30:00Z',
          modified: '2024-11-11T08:30:00Z',
          imageUrl: 'https://news.example.org/img/ferry.jpg',
          categories: ['Transport', 'Local'],
        }),
        item({
          key: 'https://news.example.org/?p=1002',
          guid: 'https://news.example.org/?p=1002',
          url: 'https://news.example.org/2024/11/library',
          title: 'Library opens on Sundays \u2014 trial',
          contentHtml: '<p>The central library will open on Sundays for a three-month trial.</p>',
          authors: ['City Desk'],
          published: '2024-11-10T23:00:00Z',
          modified: '2024-11-10T23:00:00Z',
          imageUrl: 'https://news.example.org/img/library.png',
        }),
      ],
    ],
    [
      'RSS 0.91 (ISO-8859-1, a DOCTYPE): no guid, so the link is the key; no item date, so the channel pubDate (two-digit year) is each item\'s',
      'rss091.xml',
      { format: 'rss', version: '0.91', title: 'Old Town Bulletin', siteUrl: 'http://bulletin.example.net/', language: 'en-us', updated: '2002-03-01T10:00:00Z' },
      [
        item({ key: 'http://bulletin.example.net/market.html', url: 'http://bulletin.example.net/market.html', title: 'Market moves to the square', contentHtml: 'The Saturday market moves to the square in April.', published: '2002-03-01T10:00:00Z', modified: '2002-03-01T10:00:00Z' }),
        item({ key: 'http://bulletin.example.net/bridge.html', url: 'http://bulletin.example.net/bridge.html', title: 'Bridge repairs', contentHtml: 'Repairs start next week.', published: '2002-03-01T10:00:00Z', modified: '2002-03-01T10:00:00Z' }),
      ],
    ],
    [
      'RSS 1.0 (RDF): rdf:about is the identity, dc:date and dc:creator, escaped content:encoded; an undated item takes the channel dc:date, a relative link the channel link',
      'rdf.xml',
      { format: 'rdf', version: '1.0', title: 'Science Notes', siteUrl: 'https://science.example.edu/', language: null, updated: '2024-10-02T07:00:00Z' },
      [
        item({
          key: 'https://science.example.edu/n/1',
          guid: 'https://science.example.edu/n/1',
          url: 'https://science.example.edu/n/1',
          title: 'Glacier retreat measured',
          contentHtml: '<p>The glacier retreated 40 metres.</p>',
          summaryHtml: 'A summary.',
          authors: ['R. Lindqvist'],
          published: '2024-10-01T13:20:00Z',
          modified: '2024-10-01T13:20:00Z',
          categories: ['Climate'],
        }),
        item({ key: 'https://science.example.edu/n/2', guid: 'https://science.example.edu/n/2', url: 'https://science.example.edu/n/2', title: 'Undated note', published: '2024-10-02T07:00:00Z', modified: '2024-10-02T07:00:00Z' }),
      ],
    ],
    [
      'Atom 1.0: xml:base on the feed and on an entry, html/xhtml/text constructs, the feed author inherited, published before updated, an image enclosure link',
      'atom10.xml',
      { format: 'atom', version: '1.0', title: 'Field Notes', siteUrl: 'https://blog.example.io/en/', language: 'en', updated: '2024-09-30T12:00:00Z' },
      [
        item({
          key: 'tag:blog.example.io,2024:rain',
          guid: 'tag:blog.example.io,2024:rain',
          url: 'https://blog.example.io/en/posts/rain',
          title: 'Rain & wind',
          contentHtml: '<p>It rained for three days.</p>',
          summaryHtml: '<p>Short: rain.</p>',
          authors: ['Mei Chen'],
          published: '2024-09-29T12:00:00Z',
          modified: '2024-09-30T09:00:00Z',
          imageUrl: 'https://blog.example.io/img/rain.jpg',
          categories: ['Weather'],
        }),
        item({
          key: 'tag:blog.example.io,2023:old',
          guid: 'tag:blog.example.io,2023:old',
          url: 'https://other.example.io/archive/old',
          title: 'Old post',
          contentHtml: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Kept <b>as</b> markup &amp; all.</p></div>',
          authors: ['Guest Writer'],
          published: '2023-05-01T00:00:00Z',
          modified: '2023-05-01T00:00:00Z',
        }),
        item({
          key: 'tag:blog.example.io,2024:text',
          guid: 'tag:blog.example.io,2024:text',
          url: 'https://blog.example.io/en/posts/text',
          title: 'Plain text content',
          contentHtml: '<p>Line one &lt;not a tag&gt;</p><p>Second paragraph.</p>',
          authors: ['Mei Chen'],
          published: '2024-09-30T12:00:00Z',
          modified: '2024-09-30T12:00:00Z',
        }),
      ],
    ],
    [
      'Atom 0.3: issued/modified/created, escaped and base64 content modes',
      'atom03.xml',
      { format: 'atom', version: '0.3', title: 'Archive Log', siteUrl: 'http://log.example.com/', language: null, updated: '2004-06-01T10:00:00Z' },
      [
        item({ key: 'tag:log.example.com,2004:1', guid: 'tag:log.example.com,2004:1', url: 'http://log.example.com/1', title: 'Escaped entry', contentHtml: '<p>Escaped &amp; decoded.</p>', published: '2004-05-30T09:00:00Z', modified: '2004-05-31T10:00:00Z' }),
        item({ key: 'tag:log.example.com,2004:2', guid: 'tag:log.example.com,2004:2', url: 'http://log.example.com/2', title: 'Base64 entry', contentHtml: '<p>Decoded from base64.</p>', published: '2004-05-29T00:00:00Z', modified: '2004-05-29T00:00:00Z' }),
      ],
    ],
    [
      'JSON Feed 1.1: relative url and image against the address, tags once each, a numeric id as text, external_url, content_text as paragraphs, item authors over the feed\'s',
      'jsonfeed11.json',
      { format: 'json', version: '1.1', title: 'Maker Log', siteUrl: 'https://maker.example.dev/', language: 'en', updated: null },
      [
        item({
          key: 'm-1',
          guid: 'm-1',
          url: 'https://feeds.example.org/posts/loom?fbclid=abc',
          title: 'A loom from scrap wood',
          contentHtml: '<p>The loom took two weekends.</p><script>alert(1)</script>',
          summaryHtml: '<p>Two weekends.</p>',
          authors: ['Sam Ito'],
          published: '2024-08-01T01:00:00Z',
          modified: '2024-08-02T10:00:00Z',
          imageUrl: 'https://feeds.example.org/img/loom.jpg',
          categories: ['wood', 'craft'],
        }),
        item({ key: '42', guid: '42', url: 'https://elsewhere.example.com/story', contentHtml: '<p>No title here.</p><p>Just two paragraphs.</p>', authors: ['Guest'], published: '2024-07-01T00:00:00Z', modified: '2024-07-01T00:00:00Z' }),
      ],
    ],
    [
      'JSON Feed 1.0: the feed-level `author`',
      'jsonfeed10.json',
      { format: 'json', version: '1', title: 'Older JSON', siteUrl: null, language: null, updated: null },
      [item({ key: '1', guid: '1', url: 'https://older.example.com/1', title: 'One', contentHtml: '<p>Body one.</p>', authors: ['Pat Doe'], published: '2019-02-03T04:05:06Z', modified: '2019-02-03T04:05:06Z' })],
    ],
    ['a feed with no items', 'empty.xml', { format: 'rss', version: '2.0', title: 'Nothing yet', siteUrl: 'https://empty.example.org/', language: null, updated: null }, []],
  ])('%s', (_name, file, feed, items) => {
    const parsed = parseFeed(fixture(file), { url: FEED_URL })
    expect({ ...parsed, items: undefined, warnings: undefined }).toEqual({ ...feed, items: undefined, warnings: undefined })
    expect(parsed.items).toEqual(items)
  })
})

describe('parseFeed: identity, repeats, broken items and missing dates (src/sources/items.ts)', () => {
  const parsed = parseFeed(fixture('rss-edge.xml'), { url: FEED_URL })

  it('keys items by GUID, then link, then a hash of title and content; a shared GUID with another link gets the link added', () => {
    expect(parsed.items.map((i) => [i.key, i.title])).toEqual([
      ['A', 'First with guid A'],
      ['A https://edge.example.com/b', 'Same guid A, other link'],
      [expect.stringMatching(/^sha256:[0-9a-f]{64}$/), ''],
      ['page/42', 'Permalink guid is the link'],
      ['js', 'Link to a script'],
    ])
  })

  it('skips the repeat, the empty item and the item with nothing to show, naming each', () => {
    expect(parsed.warnings).toEqual([
      'rss: item 2: repeats the identity of an earlier item (A); skipped',
      'rss: item 4: an empty element; skipped',
      'rss: item 5: no title, link or content; skipped',
    ])
  })

  it('takes a permalink GUID as the link, refuses a javascript: link, and leaves an item undated when neither it nor the feed has a date', () => {
    expect(parsed.items.map((i) => [i.url, i.published])).toEqual([
      ['https://edge.example.com/a', '2024-11-06T17:00:00Z'],
      ['https://edge.example.com/b', '2024-11-06T11:00:00Z'],
      [null, null],
      ['https://edge.example.com/news/page/42', '2024-11-07T08:00:00Z'],
      [null, '2024-11-08T10:00:00Z'],
    ])
  })

  it('gives the same key to the same text whatever the run', () => {
    expect(parseFeed(fixture('rss-edge.xml'), { url: FEED_URL }).items[2]!.key).toBe(parsed.items[2]!.key)
  })

  it('warns about a JSON Feed item that is not an object', () => {
    expect(parseFeed(fixture('jsonfeed11.json')).warnings).toEqual(['json: item 3: not a JSON object; skipped'])
  })
})

describe('parseFeed: encodings (BOM, then XML declaration, then HTTP header)', () => {
  it.each([
    ['windows-1251 from the declaration', 'windows-1251.xml', null, 'Новости дня', 'Привет, мир'],
    ['KOI8-R from the header alone', 'koi8-r-header-only.xml', 'text/xml; charset=KOI8-R', 'Погода', 'Дождь'],
    ['Shift_JIS', 'shift_jis.xml', null, '天気予報', '明日は雨'],
    ['GB2312 (read as GBK)', 'gb2312.xml', null, '新闻', '你好'],
    ['EUC-KR', 'euc-kr.xml', null, '뉴스', '안녕하세요'],
    ['windows-1252 curly quotes and euro', 'windows-1252.xml', null, 'Café “news”', '€5 coffee'],
    ['UTF-16LE with a BOM', 'utf-16le-bom.xml', null, 'Zürich', 'Grüezi'],
    ['the declaration over a wrong header', 'declaration-beats-header.xml', 'application/rss+xml; charset=utf-8', 'Декларация', 'текст'],
    ['a UTF-8 BOM over a wrong declaration', 'bom-beats-declaration.xml', null, 'Ünïcode', 'ok'],
  ])('%s', (_name, file, contentType, title, content) => {
    const parsed = parseFeed(fixture(file), { contentType })
    expect([parsed.title, parsed.items[0]!.title, parsed.items[0]!.contentHtml, parsed.warnings]).toEqual([title, title, content, []])
  })

  it.each([
    ['an unknown label falls to UTF-8 with a warning', '<?xml version="1.0" encoding="x-martian"?><rss/>', 'utf-8', 'unknown encoding "x-martian" in the XML declaration; read as UTF-8'],
    ['bytes that are not UTF-8 are read as windows-1252', Buffer.from([0x3c, 0x72, 0x2f, 0x3e, 0x93]), 'windows-1252', 'not valid UTF-8; decoded as windows-1252'],
  ])('%s', (_name, input, encoding, warning) => {
    const decoded = decodeFeedBytes(typeof input === 'string' ? Buffer.from(input) : input)
    expect([decoded.encoding, decoded.warning]).toEqual([encoding, warning])
  })
})

describe('parseFeed: gzip and prefixes', () => {
  it('unpacks a gzipped feed that does not say so', () => {
    expect(parseFeed(gzipSync(fixture('rss2.xml'))).items.map((i) => i.key)).toEqual(['hh-1001', 'https://news.example.org/?p=1002'])
    expect(() => parseFeed(Uint8Array.from([0x1f, 0x8b, 1, 2, 3]))).toThrow(/^gzip: cannot unpack/)
  })

  it('reads Atom under another prefix, and an extension under another prefix, by namespace', () => {
    const atom = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:d="http://purl.org/dc/elements/1.1/"><a:title>Prefixed</a:title>
      <a:link href="https://p.example/"/><a:entry><a:id>e1</a:id><a:title>Entry</a:title><a:link href="/e1"/><a:updated>2024-01-02T00:00:00Z</a:updated><d:subject>Tag</d:subject></a:entry></a:feed>`
    const feed = parseFeed(atom)
    expect([feed.format, feed.title, feed.items.map((i) => [i.key, i.title, i.url, i.published])]).toEqual(['atom', 'Prefixed', [['e1', 'Entry', 'https://p.example/e1', '2024-01-02T00:00:00Z']]])
  })
})

describe('parseFeed: what is not a feed is an error saying what it is', () => {
  it.each([
    ['not-a-feed.html', 'not a feed: an HTML page'],
    ['garbage.bin', 'not a feed: neither XML nor JSON'],
    ['other-xml.xml', 'not a feed: the XML root element is <urlset>, not <rss>, <rdf:RDF> or <feed>'],
  ])('%s', (file, message) => {
    expect(() => parseFeed(fixture(file))).toThrow(message)
  })

  it.each([
    ['{"items": [', 'json: not valid JSON'],
    ['{"name": "package"}', 'json: a JSON document, but not a JSON Feed'],
  ])('%s', (text, message) => {
    expect(() => parseFeed(text)).toThrow(message)
  })
})

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 11 Nov 2024 09:30:00 +0100', '2024-11-11T08:30:00Z'],
    ['Sun, 10 Nov 2024 18:00:00 EST', '2024-11-10T23:00:00Z'],
    ['Wed, 06 Nov 2024 10:00:00 PDT', '2024-11-06T17:00:00Z'],
    ['6 Nov 2024 11:00 +0000', '2024-11-06T11:00:00Z'],
    ['Fri, 01 Mar 02 10:00:00 GMT', '2002-03-01T10:00:00Z'],
    ['Tue, 01 Jan 99 00:00:00 GMT', '1999-01-01T00:00:00Z'],
    ['Thursday, 07 November 2024 08:00:00 Z', '2024-11-07T08:00:00Z'],
    ['Thu, 07 Nov 2024 08:00:00 A', '2024-11-07T08:00:00Z'],
    ['Thu, 07 Nov 2024', '2024-11-07T00:00:00Z'],
    ['Thu, 07 Nov 2024 08:00:00', '2024-11-07T08:00:00Z'],
    ['2024-10-01T15:20:00+02:00', '2024-10-01T13:20:00Z'],
    ['2024-10-01T15:20:00.123Z', '2024-10-01T15:20:00Z'],
    ['2024-10-01T15:20:00', '2024-10-01T15:20:00Z'],
    ['2024-10', '2024-10-01T00:00:00Z'],
    ['2024', '2024-01-01T00:00:00Z'],
    ['not a date at all', null],
    ['Thu, 31 Feb 2024 08:00:00 GMT', null],
    ['Thu, 07 Nov 2024 08:00:00 XYZ', null],
    ['', null],
  ])('%s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso)
  })
})
