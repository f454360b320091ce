/**
 * The build's text check (pipeline/checked-text.ts) and what the renderers
 * do with it: a checked article is written as it is, an unchecked one
 * (made by hand, as here) is cleaned as it is written, and both give the
 * same bytes, which feed parsers others wrote read back.
 */
import fc from 'fast-check'
import { parseFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import { type Article, makeArticle } from '../../src/model.ts'
import { checkedArticle } from '../../src/pipeline/checked-text.ts'
import { renderAtom } from '../../src/render/atom.ts'
import type { FeedDocument } from '../../src/render/feed-model.ts'
import { renderJsonFeed } from '../../src/render/json-feed.ts'
import { renderRss } from '../../src/render/rss.ts'

const SITE = 'https://gazette.example'
const doc = (articles: Article[]): FeedDocument => ({
  site: SITE,
  title: 'Gazette',
  publisher: 'Gazette',
  description: 'Curated news.',
  language: 'en',
  selfUrl: `${SITE}/feed.json`,
  pageUrl: `${SITE}/`,
  updated: '2024-11-14T08:00:00Z',
  topics: [{ slug: 'world', title: 'World', description: 'World news.', keywords: [] }],
  articles,
})

/** An article with an unsafe character (a C0 control, a C1 control, U+FFFD, a lone surrogate) in every text field. */
const hostile = makeArticle({
  id: '0a0000000001',
  guid: 'urn:uuid:00000000-0000-4000-8000-0a0000000001',
  title: 'Pact\u0001 signed',
  dek: 'Under\u0085 the headline',
  authors: ['Daniel\uFFFD Kim'],
  source: 'Yonhap\uD800 News',
  dateline: 'SEOUL\u007F',
  published: '2024-02-29T09:30:00.000Z',
  modified: '2024-03-01T08:00:00Z',
  body: [
    { type: 'h', text: 'Troops\u0000 & "ratification"' },
    { type: 'p', text: 'It\'s done \u{1F680}\uDC00.' },
  ],
  summary: 'It\'s done\uFFFF.',
  topics: ['world'],
  entities: [{ name: 'North\u0008 Korea', kind: 'place', slug: 'north-korea' }],
  outlets: ['Yonhap\uD800 News', 'Korea\u009F Herald'],
  externalUrl: 'https://example.com/a?id=1&ref=rss',
  wordCount: 4,
})

describe('checkedArticle', () => {
  const checked = checkedArticle(hostile)

  it.each([
    ['title', checked.title, 'Pact signed'],
    ['dek', checked.dek, 'Under the headline'],
    ['authors', checked.authors, ['Daniel Kim']],
    ['source', checked.source, 'Yonhap News'],
    ['dateline', checked.dateline, 'SEOUL'],
    ['body', checked.body, [{ type: 'h', text: 'Troops & "ratification"' }, { type: 'p', text: 'It\'s done \u{1F680}.' }]],
    ['summary', checked.summary, 'It\'s done.'],
    ['entities', checked.entities, [{ name: 'North Korea', kind: 'place', slug: 'north-korea' }]],
    ['outlets', checked.outlets, ['Yonhap News', 'Korea Herald']],
    // RFC 3339, whole seconds; a 29 February that exists stays.
    ['published', checked.published, '2024-02-29T09:30:00Z'],
    ['modified', checked.modified, '2024-03-01T08:00:00Z'],
    ['checked', checked.checked, true],
  ])('%s', (_, value, expected) => {
    expect(value).toEqual(expected)
  })

  it('leaves what is not text as it was', () => {
    const { id, guid, seed, externalUrl, language, topics, duplicates, story, wordCount } = checked
    expect({ id, guid, seed, externalUrl, language, topics, duplicates, story, wordCount }).toEqual({
      id: hostile.id,
      guid: hostile.guid,
      seed: hostile.seed,
      externalUrl: hostile.externalUrl,
      language: hostile.language,
      topics: hostile.topics,
      duplicates: hostile.duplicates,
      story: hostile.story,
      wordCount: hostile.wordCount,
    })
    expect(hostile.checked).toBeUndefined()
  })
})

describe('renderers, for an article checked by the build and the same article made by hand', () => {
  const renderers = { 'JSON Feed': renderJsonFeed, RSS: renderRss, Atom: renderAtom }

  it.each(Object.entries(renderers))('%s: the same bytes', (_, render) => {
    expect(Buffer.from(render(doc([checkedArticle(hostile)]))).equals(Buffer.from(render(doc([hostile]))))).toBe(true)
  })

  it('JSON Feed: feedsmith reads both back, without the unsafe characters', () => {
    for (const article of [hostile, checkedArticle(hostile)]) {
      const { format, feed } = parseFeed(new TextDecoder().decode(renderJsonFeed(doc([article])))) as any
      expect(format).toBe('json')
      const [item] = feed.items
      expect(item.title).toBe('Pact signed')
      expect(item.summary).toBe('It\'s done.')
      expect(item.content_html).toBe(
        '<h2>Troops &amp; &quot;ratification&quot;</h2>\n<p>It&#39;s done \u{1F680}.</p>\n' +
          '<p><a href="https://example.com/a?id=1&amp;ref=rss">Read at Yonhap News</a></p>',
      )
      expect(item.date_published).toBe('2024-02-29T09:30:00Z')
      expect(item.authors).toEqual([{ name: 'Daniel Kim' }])
      expect(item.tags).toEqual(['North Korea'])
    }
  })

  it('any text: the checked article gives the unchecked one\'s bytes in every format', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '"', "'", '\\', '\n', '\u0000', '\u0085', '\uFFFD', '\uD83D', '\uDE80', 'a', 'é', ' '), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))) })
    const article = fc.record({ title: text, summary: text, author: text, body: fc.array(text, { maxLength: 3 }), entity: text })
    fc.assert(
      fc.property(article, ({ title, summary, author, body, entity }) => {
        const made = makeArticle({ title, summary, authors: [author], body: body.map((t) => ({ type: 'p' as const, text: t })), entities: [{ name: entity, kind: 'person', slug: 'x' }], topics: ['world'] })
        for (const render of Object.values(renderers)) {
          expect(Buffer.from(render(doc([checkedArticle(made)]))).equals(Buffer.from(render(doc([made]))))).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})
