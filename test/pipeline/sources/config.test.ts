import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/pipeline/json-file.ts'
import { mergeSources, parseOpmlFile, parseSourcesFile, unknownSourceTopics } from '../../../src/sources/config.ts'

const FILE = 'seeds/sources.json'

describe('parseSourcesFile', () => {
  it('reads every field, only url required', () => {
    const text = JSON.stringify({
      sources: [
        { url: 'https://news.example.org/feed.xml', name: ' Harbour News ', topics: ['transport'], limit: 20, max_age_days: 30, full_text: false },
        { url: 'feeds/local.xml' },
      ],
    })
    expect(parseSourcesFile(text, FILE)).toEqual([
      { url: 'https://news.example.org/feed.xml', name: 'Harbour News', topics: ['transport'], limit: 20, maxAgeDays: 30, fullText: false },
      { url: 'feeds/local.xml' },
    ])
  })

  it('names every problem with file, line, column, source and field, in file order', () => {
    const text = [
      '{"sources": [',
      '  {"url": "ftp://x.example/feed"},',
      '  {"url": "https://ok.example/feed", "limit": 0, "colour": "red"},',
      '  {"name": "no url"},',
      '  {"url": "../outside.xml", "full_text": "yes", "topics": "world"}',
      ']}',
    ].join('\n')
    let message = ''
    try {
      parseSourcesFile(text, FILE)
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      message = (error as Error).message
    }
    expect(message.split('\n')).toEqual([
      'seeds/sources.json:2:4: source 1 ("ftp://x.example/feed").url: "ftp://x.example/feed" is not an http(s) URL or a path relative to the seeds folder',
      'seeds/sources.json:3:38: source 2 ("https://ok.example/feed").limit: 0 is not a whole number from 1 to 10000',
      'seeds/sources.json:3:50: source 2 ("https://ok.example/feed").colour: unknown field (known: url, name, topics, limit, max_age_days, full_text)',
      'seeds/sources.json:4:3: source 3.url: missing',
      'seeds/sources.json:5:4: source 4 ("../outside.xml").url: "../outside.xml" is not an http(s) URL or a path relative to the seeds folder',
      'seeds/sources.json:5:29: source 4 ("../outside.xml").full_text: "yes" is not true or false',
      'seeds/sources.json:5:49: source 4 ("../outside.xml").topics: "world" is not a list of topic slugs',
    ])
  })

  it.each([
    ['a syntax error', '{"sources": [}', 'seeds/sources.json:1:14: invalid JSON: expected a value but found \'}\''],
    ['no sources list', '{"feeds": []}', 'seeds/sources.json:1:2: unknown field (known: sources)'],
  ])('%s', (_name, text, message) => {
    expect(() => parseSourcesFile(text, FILE)).toThrow(message)
  })
})

describe('parseOpmlFile', () => {
  it('reads every outline with an xmlUrl at any depth, its title (else text) as the name', () => {
    const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Export</title></head><body>
  <outline text="News">
    <outline type="rss" text="Harbour text" title="Harbour &amp; Hill" xmlUrl="https://news.example.org/feed.xml" htmlUrl="https://news.example.org/"/>
    <outline type="rss" text="Only text" xmlUrl="https://b.example/rss"/>
  </outline>
  <outline type="rss" xmlUrl="feeds/local.xml"/>
  <outline text="A folder with no feeds"/>
</body></opml>`
    expect(parseOpmlFile(opml, 'seeds/sources.opml')).toEqual([
      { url: 'https://news.example.org/feed.xml', name: 'Harbour & Hill' },
      { url: 'https://b.example/rss', name: 'Only text' },
      { url: 'feeds/local.xml' },
    ])
  })

  it.each([
    ['not OPML', '<rss version="2.0"/>', 'seeds/sources.opml: not OPML (expected an <opml> root element with a <body>)'],
    ['a bad xmlUrl', '<opml><body><outline title="Bad" xmlUrl="javascript:x"/></body></opml>', 'seeds/sources.opml: outline "Bad": xmlUrl "javascript:x" is not an http(s) URL or a path relative to the seeds folder'],
  ])('%s', (_name, text, message) => {
    expect(() => parseOpmlFile(text, 'seeds/sources.opml')).toThrow(message)
  })
})

describe('unknownSourceTopics', () => {
  it('names each source and slug the taxonomy lacks', () => {
    const sources = [{ url: 'a.xml', topics: ['climate'] }, { url: 'https://b.example/rss', topics: ['climate', 'weather'] }]
    expect(unknownSourceTopics(sources, new Set(['climate', 'cities']), FILE)).toEqual([
      'seeds/sources.json: source 2 ("https://b.example/rss").topics: unknown topic slug "weather" (known: climate, cities)',
    ])
  })
})

describe('mergeSources', () => {
  it('reads an address listed twice once, as first listed', () => {
    expect(mergeSources([[{ url: 'https://a.example/f', name: 'A' }], [{ url: 'https://a.example/f', name: 'Other' }, { url: 'b.xml' }]])).toEqual({
      sources: [{ url: 'https://a.example/f', name: 'A' }, { url: 'b.xml' }],
      warnings: ['sources: https://a.example/f is listed more than once; read once, as first listed'],
    })
  })
})
