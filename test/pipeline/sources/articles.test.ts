import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FeedItem, ParsedFeed } from '../../../src/model.ts'
import { runPipeline } from '../../../src/pipeline/index.ts'
import { feedArticleId, sourcedItems } from '../../../src/sources/articles.ts'
import { htmlToBlocks } from '../../../src/sources/content.ts'
import { stripTracking } from '../../../src/sources/links.ts'

describe('stripTracking', () => {
  it.each([
    ['https://a.example/x?utm_source=rss&utm_medium=feed', 'https://a.example/x'],
    ['https://a.example/x?id=7&utm_campaign=z&fbclid=abc', 'https://a.example/x?id=7'],
    ['https://a.example/x?gclid=1&mc_cid=2&mc_eid=3#top', 'https://a.example/x#top'],
    ['https://a.example/x?UTM_Source=rss&page=2', 'https://a.example/x?page=2'],
    ['https://a.example/x?ref=rss', 'https://a.example/x?ref=rss'],
    ['https://a.example/x', 'https://a.example/x'],
  ])('%s', (url, expected) => {
    expect(stripTracking(url)).toBe(expected)
  })
})

describe('htmlToBlocks: sanitised HTML as paragraphs and headings', () => {
  it.each([
    ['paragraphs and inline markup', '<p>One <b>bold</b> word.</p><p>Two &amp; three.</p>', [['p', 'One bold word.'], ['p', 'Two & three.']]],
    ['a heading', '<h2>Why &mdash; now</h2><p>Because.</p>', [['h', 'Why — now'], ['p', 'Because.']]],
    ['scripts, styles, iframes and forms dropped with their text', '<p>Kept</p><script>alert(1)</script><style>p{}</style><iframe>frame</iframe><form>field</form>', [['p', 'Kept']]],
    ['list items and line breaks end paragraphs', '<ul><li>a</li><li>b</li></ul>line<br>break', [['p', 'a'], ['p', 'b'], ['p', 'line'], ['p', 'break']]],
    ['bare text', 'Just text, no tags.', [['p', 'Just text, no tags.']]],
    ['nothing but markup', '<div><img src="x.png"></div>', []],
  ])('%s', (_name, html, blocks) => {
    expect(htmlToBlocks(html).map((b) => [b.type, b.text])).toEqual(blocks)
  })
})

const feedItem = (fields: Partial<FeedItem>): FeedItem => ({
  key: 'k',
  guid: null,
  url: null,
  title: 'T',
  contentHtml: '',
  summaryHtml: null,
  authors: [],
  published: '2024-11-10T00:00:00Z',
  modified: '2024-11-10T00:00:00Z',
  imageUrl: null,
  categories: [],
  ...fields,
})
const feedOf = (items: FeedItem[], fields: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: 'rss', version: '2.0', title: 'The Outlet', siteUrl: 'https://outlet.example/', language: null, updated: null, items, warnings: [], ...fields,
})
const SOURCE = 'https://outlet.example/feed.xml'

describe('sourcedItems', () => {
  it('keeps an item\'s id when its title and text are edited, and gives another feed\'s same key another id', () => {
    const before = sourcedItems(feedOf([feedItem({ key: 'g1', title: 'Old', contentHtml: '<p>a</p>' })]), { url: SOURCE }, new Map()).items[0]!
    const after = sourcedItems(feedOf([feedItem({ key: 'g1', title: 'New', contentHtml: '<p>b</p>' })]), { url: SOURCE }, new Map()).items[0]!
    expect(after.id).toBe(before.id)
    expect(feedArticleId('https://other.example/feed.xml', 'g1')).not.toBe(before.id)
    expect(before.id).toMatch(/^[0-9a-f]{12}$/)
  })

  it('names the outlet from the curator, else the feed title, else the site host', () => {
    const one = [feedItem({})]
    expect(sourcedItems(feedOf(one), { url: SOURCE, name: 'Curated Name' }, new Map()).items[0]!.source).toBe('Curated Name')
    expect(sourcedItems(feedOf(one), { url: SOURCE }, new Map()).items[0]!.source).toBe('The Outlet')
    expect(sourcedItems(feedOf(one, { title: null }), { url: SOURCE }, new Map()).items[0]!.source).toBe('outlet.example')
  })

  it('strips tracking from the link, which also names the item; a link-less item is named by source and key', () => {
    const { items } = sourcedItems(feedOf([feedItem({ key: 'a', url: 'https://outlet.example/a?utm_source=rss&id=1' }), feedItem({ key: 'b' })]), { url: SOURCE }, new Map())
    expect(items.map((i) => [i.externalUrl, i.seed])).toEqual([
      ['https://outlet.example/a?id=1', 'https://outlet.example/a?id=1'],
      [null, `${SOURCE}#b`],
    ])
  })

  it('takes the body from the content, else the description, else the title', () => {
    const { items } = sourcedItems(
      feedOf([
        feedItem({ key: '1', contentHtml: '<p>Content.</p>', summaryHtml: '<p>Summary.</p>' }),
        feedItem({ key: '2', contentHtml: '<img src=x>', summaryHtml: '<p>Summary.</p>' }),
        feedItem({ key: '3', title: 'Only a headline' }),
      ]),
      { url: SOURCE },
      new Map(),
    )
    expect(items.map((i) => i.body)).toEqual([[{ type: 'p', text: 'Content.' }], [{ type: 'p', text: 'Summary.' }], [{ type: 'p', text: 'Only a headline' }]])
  })

  it('skips an item that is only a link, saying so', () => {
    const { items, warnings } = sourcedItems(feedOf([feedItem({ key: 'l', title: '', url: 'https://outlet.example/only-link' })]), { url: SOURCE }, new Map())
    expect([items, warnings]).toEqual([[], [`${SOURCE}: item https://outlet.example/only-link has no title and no text, only a link; skipped`]])
  })

  it('dates an undated item by its recorded first sighting, and skips one with none, never reading the clock', () => {
    const feed = feedOf([feedItem({ key: 'seen', published: null, modified: null }), feedItem({ key: 'unseen', title: 'Lost', published: null, modified: null })])
    const { items, warnings } = sourcedItems(feed, { url: SOURCE }, new Map([['seen', '2024-01-02T03:04:05Z']]))
    expect(items.map((i) => [i.published, i.modified])).toEqual([['2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z']])
    expect(warnings).toEqual([`${SOURCE}: item "Lost" has no date and none was recorded; skipped`])
  })

  it('keeps the newest `limit` items, none older than `max_age_days` before the newest', () => {
    const feed = feedOf([
      feedItem({ key: 'old', published: '2024-10-01T00:00:00Z' }),
      feedItem({ key: 'new', published: '2024-11-10T00:00:00Z' }),
      feedItem({ key: 'mid', published: '2024-11-05T00:00:00Z' }),
      feedItem({ key: 'edge', published: '2024-10-31T00:00:00Z' }),
    ])
    const keys = (selection: object) => sourcedItems(feed, { url: SOURCE, ...selection }, new Map()).items.map((i) => i.seed.split('#')[1])
    expect(keys({})).toEqual(['new', 'mid', 'edge', 'old'])
    expect(keys({ limit: 2 })).toEqual(['new', 'mid'])
    expect(keys({ maxAgeDays: 10 })).toEqual(['new', 'mid', 'edge'])
  })
})

describe('feed items in the pipeline', () => {
  const story =
    'The harbour authority said on Tuesday that the northern breakwater will be rebuilt over two summers, ' +
    'with work starting in May and the ferry berth staying open throughout. The council approved the plan after ' +
    'a storm in January damaged forty metres of the wall. Engineers will raise the crest by one metre to allow for ' +
    'higher seas, and fishing boats will moor at the south quay while the work goes on.'
  const other = 'A new bakery opened on the market square on Saturday, selling rye bread and cinnamon buns from seven in the morning, and the owners plan a second shop next year.'

  it('folds an item carried by two feeds into one article that lists both outlets, and keeps it apart from other items', async () => {
    const first = sourcedItems(feedOf([feedItem({ key: 'x', url: 'https://one.example/breakwater', title: 'Breakwater to be rebuilt', contentHtml: `<p>${story}</p>`, published: '2024-11-10T08:00:00Z' })], { title: 'Harbour Post' }), { url: 'https://one.example/feed' }, new Map())
    const second = sourcedItems(
      feedOf([
        feedItem({ key: 'y', url: 'https://two.example/news/1', title: 'Harbour wall rebuild approved', contentHtml: `<p>${story}</p>`, published: '2024-11-10T09:00:00Z' }),
        feedItem({ key: 'z', url: 'https://two.example/news/2', title: 'Bakery opens', contentHtml: `<p>${other}</p>`, published: '2024-11-11T09:00:00Z' }),
      ], { title: 'Coast Weekly' }),
      { url: 'https://two.example/rss' },
      new Map(),
    )
    const { catalog } = await runPipeline({ seeds: [], rejected: [], curation: {}, taxonomy: [], now: '2024-12-01T00:00:00Z', feedItems: [...first.items, ...second.items], workers: 0 })
    const summary = catalog.articles.map((a) => [a.title, a.source, a.externalUrl, a.published, a.outlets, a.duplicates])
    expect(summary).toEqual([
      ['Breakwater to be rebuilt', 'Harbour Post', 'https://one.example/breakwater', '2024-11-10T08:00:00Z', ['Harbour Post', 'Coast Weekly'], ['https://two.example/news/1']],
      ['Bakery opens', 'Coast Weekly', 'https://two.example/news/2', '2024-11-11T09:00:00Z', ['Coast Weekly'], []],
    ])
    expect(catalog.articles[0]!.id).toBe(feedArticleId('https://one.example/feed', 'x'))
  })
})

describe('feed items and the per-article cache', () => {
  it('gives the same catalog from a cold and a warm cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'gazette-feed-cache-'))
    const { items } = sourcedItems(feedOf([feedItem({ key: 'c1', title: 'Cached item', contentHtml: '<p>The museum reopens on Friday after a year of repairs to its roof and galleries.</p>' })]), { url: SOURCE }, new Map())
    const input = { seeds: [], rejected: [], curation: {}, taxonomy: [], now: '2024-12-01T00:00:00Z', feedItems: items, workers: 0, cacheDir, codeVersion: 'test' }
    const cold = await runPipeline(input)
    // One entry, in this thread's pack and its index (prepare/cache.ts).
    expect(readdirSync(join(cacheDir, 'test')).map((name) => name.replace(/^.*\./, ''))).toEqual(['idx', 'pack'])
    const warm = await runPipeline(input)
    expect(JSON.stringify(warm.catalog)).toBe(JSON.stringify(cold.catalog))
  })
})
